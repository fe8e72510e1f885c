-- Signals reports: per screened person and owning record (a screening request), the signals found with their
-- evidence and state. A hit (a name found on a list) is judged by a screener; a dismissed hit is found again by
-- institution, person reference, list, designation and the designation's fingerprint (so it comes back only when the
-- designation changed). An alert is a hit raised by re-screening after a list changed.
CREATE SEQUENCE signals_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE signals_report (
    id               BIGINT        NOT NULL PRIMARY KEY,
    owner            VARCHAR(40)   NOT NULL,
    owner_id         BIGINT        NOT NULL,
    owner_reference  VARCHAR(40),
    institution_id   BIGINT        NOT NULL,
    person_reference VARCHAR(100)  NOT NULL,
    person_name      VARCHAR(500)  NOT NULL,
    ran_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ran_by           VARCHAR(100)  NOT NULL,
    lookback_years   INTEGER       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT signals_report_owner UNIQUE (owner, owner_id)
);
CREATE INDEX signals_report_by_person ON signals_report (institution_id, person_reference);

CREATE SEQUENCE signal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE signal (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    report_id          BIGINT        NOT NULL REFERENCES signals_report (id),
    kind               VARCHAR(40)   NOT NULL,
    state              VARCHAR(12)   NOT NULL,
    about              VARCHAR(500)  NOT NULL,
    source             VARCHAR(30),
    edition_id         BIGINT,
    reference          VARCHAR(100),
    designation_name   VARCHAR(500),
    risk_level         VARCHAR(100),
    fingerprint        VARCHAR(64),
    score              DOUBLE PRECISION,
    details            VARCHAR(2000) NOT NULL,
    explanation        VARCHAR(20000),
    raised_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by_edition  BIGINT,
    judged_by          VARCHAR(100),
    judged_at          TIMESTAMP WITH TIME ZONE,
    reason             VARCHAR(2000),
    closed_by_edition  BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT signal_state CHECK (state IN ('OPEN', 'CONFIRMED', 'DISMISSED', 'CLOSED', 'NOTED'))
);
CREATE INDEX signal_by_report ON signal (report_id, id);
CREATE INDEX signal_by_designation ON signal (source, reference);

CREATE SEQUENCE signal_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE signal_alert (
    id              BIGINT    NOT NULL PRIMARY KEY,
    signal_id       BIGINT    NOT NULL REFERENCES signal (id),
    report_id       BIGINT    NOT NULL REFERENCES signals_report (id),
    institution_id  BIGINT    NOT NULL,
    edition_id      BIGINT,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    is_open         INTEGER   NOT NULL,
    CONSTRAINT signal_alert_open CHECK (is_open IN (0, 1))
);
CREATE INDEX signal_alert_by_open ON signal_alert (is_open, id);
CREATE INDEX signal_alert_by_signal ON signal_alert (signal_id);
