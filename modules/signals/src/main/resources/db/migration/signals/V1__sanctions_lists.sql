-- Sanctions lists: each load of a publisher's file is an edition (the file kept as received); one edition per source
-- is in force. Designations are stored per edition, as the file gave them, so that two editions can be compared and
-- what an earlier screening was based on stays readable. Names, dates, places and nationalities are one value per
-- line (a name: quality, original-script flag and the name, separated by '|').
CREATE SEQUENCE sanctions_edition_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sanctions_edition (
    id             BIGINT        NOT NULL PRIMARY KEY,
    source         VARCHAR(20)   NOT NULL,
    published_on   DATE,
    persons        INTEGER       NOT NULL,
    entities       INTEGER       NOT NULL,
    names          INTEGER       NOT NULL,
    checksum       VARCHAR(64)   NOT NULL,
    file_name      VARCHAR(255)  NOT NULL,
    file_bytes     BIGINT        NOT NULL,
    in_force       INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT sanctions_edition_source CHECK (source IN ('UN', 'EU', 'NL', 'OFAC_SDN', 'OFAC_CONS', 'UK')),
    CONSTRAINT sanctions_edition_in_force CHECK (in_force IN (0, 1))
);
CREATE INDEX sanctions_edition_by_source ON sanctions_edition (source, id);

CREATE TABLE edition_file (
    edition_id  BIGINT NOT NULL PRIMARY KEY REFERENCES sanctions_edition (id),
    content     BYTEA  NOT NULL
);

CREATE SEQUENCE designation_seq START WITH 500 INCREMENT BY 500;

CREATE TABLE designation (
    id             BIGINT        NOT NULL PRIMARY KEY,
    edition_id     BIGINT        NOT NULL REFERENCES sanctions_edition (id),
    reference      VARCHAR(100)  NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    regime         VARCHAR(1000),
    listed_on      DATE,
    names          TEXT          NOT NULL,
    birth_dates    TEXT          NOT NULL,
    birth_places   TEXT          NOT NULL,
    nationalities  TEXT          NOT NULL,
    CONSTRAINT designation_kind CHECK (kind IN ('PERSON', 'ENTITY'))
);
CREATE INDEX designation_by_edition ON designation (edition_id, reference);
