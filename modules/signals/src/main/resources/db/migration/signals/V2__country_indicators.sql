-- Country indicators (threat assessments, Academic Freedom Index, EIU Democracy Index): each load is an edition with
-- its year and source, the file kept; one edition per indicator is in force. A value per country (none for the threat
-- assessments, where being named counts, store 1).
CREATE SEQUENCE indicator_edition_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE indicator_edition (
    id            BIGINT        NOT NULL PRIMARY KEY,
    indicator     VARCHAR(30)   NOT NULL,
    data_year     INTEGER       NOT NULL,
    source        VARCHAR(300)  NOT NULL,
    countries     INTEGER       NOT NULL,
    signals       INTEGER       NOT NULL,
    skipped       INTEGER       NOT NULL,
    checksum      VARCHAR(64)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    in_force      INTEGER       NOT NULL,
    content       BYTEA         NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT indicator_edition_indicator CHECK (indicator IN ('THREAT_ASSESSMENT', 'ACADEMIC_FREEDOM', 'DEMOCRACY_INDEX')),
    CONSTRAINT indicator_edition_in_force CHECK (in_force IN (0, 1))
);
CREATE INDEX indicator_edition_by_indicator ON indicator_edition (indicator, id);

CREATE TABLE indicator_value (
    edition_id  BIGINT        NOT NULL REFERENCES indicator_edition (id),
    country     VARCHAR(2)    NOT NULL,
    score       NUMERIC(7, 3) NOT NULL,
    PRIMARY KEY (edition_id, country)
);
