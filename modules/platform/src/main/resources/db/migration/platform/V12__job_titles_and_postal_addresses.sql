-- Platform schema, version 12: a person's function (job title), for letters they sign and for the authority's staff as
-- institutions see them; an institution's postal address, for the addressee block of the letters it receives.
ALTER TABLE user_account ADD COLUMN job_title VARCHAR(200);
ALTER TABLE institution ADD COLUMN postal_address VARCHAR(500);
