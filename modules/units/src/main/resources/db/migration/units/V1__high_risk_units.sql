-- High-risk units (hoog-risico onderdelen) of institutions. The unit row holds its identity, status and
-- the fields the register filters on (a copy of its newest version); every registered change is a new
-- unit_version, a full snapshot, so the register can show a unit as it was on any date.
CREATE SEQUENCE high_risk_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE unit_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE unit_version_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE high_risk_unit (
    id              BIGINT        NOT NULL PRIMARY KEY,
    institution_id  BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    faculty         VARCHAR(200),
    clusters        VARCHAR(500)  NOT NULL,
    current_version INTEGER       NOT NULL,
    registered_on   DATE,
    closed_on       DATE,
    close_reason    VARCHAR(1000),
    review_needed   BOOLEAN       NOT NULL DEFAULT FALSE,
    review_note     VARCHAR(4000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT high_risk_unit_status CHECK (status IN ('DRAFT', 'REGISTERED', 'CLOSED'))
);
CREATE INDEX high_risk_unit_institution ON high_risk_unit (institution_id, status, name);
CREATE INDEX high_risk_unit_register ON high_risk_unit (status, name);

CREATE TABLE unit_version (
    id                         BIGINT        NOT NULL PRIMARY KEY,
    unit_id                    BIGINT        NOT NULL REFERENCES high_risk_unit (id),
    number                     INTEGER       NOT NULL,
    recorded_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by                VARCHAR(100)  NOT NULL,
    by_system                  BOOLEAN       NOT NULL DEFAULT FALSE,
    change_note                VARCHAR(2000),
    status                     VARCHAR(20)   NOT NULL,
    name                       VARCHAR(200)  NOT NULL,
    kind                       VARCHAR(30)   NOT NULL,
    faculty                    VARCHAR(200),
    department                 VARCHAR(200),
    sites                      VARCHAR(1000),
    buildings                  VARCHAR(1000),
    rooms                      VARCHAR(1000),
    head_name                  VARCHAR(200),
    head_email                 VARCHAR(254),
    contact_name               VARCHAR(200),
    contact_email              VARCHAR(254),
    measures_physical          VARCHAR(4000),
    measures_digital           VARCHAR(4000),
    measures_organisational    VARCHAR(4000),
    list_code                  VARCHAR(40)   NOT NULL,
    list_version               INTEGER       NOT NULL,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                 VARCHAR(100)  NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by                 VARCHAR(100)  NOT NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT unit_version_number UNIQUE (unit_id, number)
);
CREATE INDEX unit_version_recorded ON unit_version (unit_id, recorded_at);

CREATE TABLE unit_version_entry (
    id               BIGINT        NOT NULL PRIMARY KEY,
    unit_version_id  BIGINT        NOT NULL REFERENCES unit_version (id),
    entry_key        VARCHAR(40)   NOT NULL,
    entry_code       VARCHAR(20)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT unit_version_entry_key UNIQUE (unit_version_id, entry_key)
);
