-- A scholarship's period and whether its topic and supervision are set from the home country: a risk signal when it
-- lasts less than two years (uniform risk indicators, dependence and influence).
ALTER TABLE request_funding ADD COLUMN from_date DATE;
ALTER TABLE request_funding ADD COLUMN to_date DATE;
ALTER TABLE request_funding ADD COLUMN topic_from_home_country BOOLEAN;
