-- Annex 2 versions the units still have to follow: recorded when a version is published (in the publishing
-- transaction), applied on its effective date (at once when that is today or earlier).
CREATE SEQUENCE list_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE list_change_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE list_change (
    id              BIGINT       NOT NULL PRIMARY KEY,
    list_code       VARCHAR(40)  NOT NULL,
    version_number  INTEGER      NOT NULL,
    replaced_number INTEGER,
    effective_date  DATE         NOT NULL,
    applied_at      TIMESTAMP WITH TIME ZONE,
    units_carried   INTEGER,
    units_to_review INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT list_change_version UNIQUE (list_code, version_number)
);
CREATE INDEX list_change_due ON list_change (applied_at, effective_date);

CREATE TABLE list_change_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    list_change_id  BIGINT       NOT NULL REFERENCES list_change (id),
    entry_key       VARCHAR(40)  NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    code_before     VARCHAR(20),
    code_after      VARCHAR(20),
    fields          VARCHAR(300),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
