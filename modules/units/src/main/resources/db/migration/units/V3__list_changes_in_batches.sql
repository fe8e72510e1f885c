-- Following an Annex 2 change happens after the publication commits, in batches of units (ADR 0012): how far it
-- got (units are taken in id order), and the units that failed, kept to be tried again by the next run.
ALTER TABLE list_change ADD COLUMN progress_unit_id BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE list_change ADD COLUMN units_failed INTEGER;

CREATE TABLE list_change_failure (
    list_change_id BIGINT        NOT NULL REFERENCES list_change (id),
    unit_id        BIGINT        NOT NULL,
    attempts       INTEGER       NOT NULL,
    last_error     VARCHAR(1000) NOT NULL,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (list_change_id, unit_id)
);
