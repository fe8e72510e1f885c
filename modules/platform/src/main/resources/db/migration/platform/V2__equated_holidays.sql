-- Days a Royal Decree equates with generally recognised holidays (Algemene termijnenwet art. 3(2)).
-- Maintained by system administrators; no rows are shipped: the decrees are entered as they are published.
CREATE TABLE equated_holiday (
    holiday_date    DATE         NOT NULL PRIMARY KEY,
    description     VARCHAR(200) NOT NULL,
    legal_reference VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
