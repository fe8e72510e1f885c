-- Screening requests (aanvragen) of institutions, their intake and the terms of the decision period. The request
-- row holds the person, the access and the fields the queue filters and sorts on, among them the due date, computed
-- again on every event and whenever an equated day changes (so the queue sorts on a column, not a calculation).
CREATE SEQUENCE screening_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE supplement_request_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_suspension_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE timeline_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE screening_request (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    institution_id          BIGINT        NOT NULL,
    reference               VARCHAR(20),
    status                  VARCHAR(30)   NOT NULL,
    kind                    VARCHAR(20),
    earlier_reference       VARCHAR(20),
    person_reference        VARCHAR(100),
    given_names             VARCHAR(200),
    surname                 VARCHAR(200),
    other_script_names      VARCHAR(400),
    birth_date              DATE,
    birth_year              INTEGER,
    birth_place             VARCHAR(200),
    birth_country           VARCHAR(2),
    nationalities           VARCHAR(300),
    stateless               BOOLEAN       NOT NULL DEFAULT FALSE,
    email                   VARCHAR(254),
    id_document_type        VARCHAR(30),
    id_document_key         VARCHAR(40),
    id_document_sealed      VARCHAR(200),
    access_role             VARCHAR(30),
    unit_id                 BIGINT,
    unit_name               VARCHAR(200),
    clusters                VARCHAR(500),
    list_code               VARCHAR(40),
    list_version            INTEGER,
    research_topic          VARCHAR(2000),
    supervisor              VARCHAR(200),
    intended_start          DATE,
    intended_end            DATE,
    earlier_screenings      VARCHAR(2000),
    submitted_on            DATE,
    submitted_at            TIMESTAMP WITH TIME ZONE,
    decision_period_weeks   INTEGER,
    extension_weeks         INTEGER,
    extension_reason        VARCHAR(2000),
    extended_on             DATE,
    assignee                VARCHAR(100),
    due_on                  DATE,
    supplement_due_on       DATE,
    set_aside_due_on        DATE,
    withdrawn_on            DATE,
    withdrawal_reason       VARCHAR(2000),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(100)  NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              VARCHAR(100)  NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT screening_request_reference UNIQUE (reference),
    CONSTRAINT screening_request_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'AWAITING_SUPPLEMENT', 'WITHDRAWN', 'DECIDED'))
);
-- the authority's queue: open requests by due date; an institution's own list; an assessor's own; a unit's
CREATE INDEX screening_request_queue ON screening_request (status, due_on, id);
CREATE INDEX screening_request_institution ON screening_request (institution_id, status, due_on, id);
CREATE INDEX screening_request_institution_created ON screening_request (institution_id, created_at, id);
CREATE INDEX screening_request_assignee ON screening_request (assignee, status, due_on);
CREATE INDEX screening_request_unit ON screening_request (unit_id, status);
CREATE INDEX screening_request_person ON screening_request (institution_id, person_reference);

CREATE TABLE request_entry (
    request_id   BIGINT        NOT NULL REFERENCES screening_request (id),
    position     INTEGER       NOT NULL,
    entry_key    VARCHAR(40)   NOT NULL,
    entry_code   VARCHAR(20),
    PRIMARY KEY (request_id, position)
);

CREATE TABLE request_affiliation (
    request_id    BIGINT        NOT NULL REFERENCES screening_request (id),
    position      INTEGER       NOT NULL,
    organisation  VARCHAR(300),
    country       VARCHAR(2),
    role          VARCHAR(200),
    from_date     DATE,
    to_date       DATE,
    PRIMARY KEY (request_id, position)
);

CREATE TABLE request_funding (
    request_id   BIGINT        NOT NULL REFERENCES screening_request (id),
    position     INTEGER       NOT NULL,
    kind         VARCHAR(30),
    funder       VARCHAR(300),
    country      VARCHAR(2),
    PRIMARY KEY (request_id, position)
);

CREATE TABLE supplement_request (
    id            BIGINT        NOT NULL PRIMARY KEY,
    request_id    BIGINT        NOT NULL REFERENCES screening_request (id),
    number        INTEGER       NOT NULL,
    asked_on      DATE          NOT NULL,
    asked_by      VARCHAR(100)  NOT NULL,
    questions     VARCHAR(4000) NOT NULL,
    answer_by     DATE          NOT NULL,
    answered_on   DATE,
    answered_by   VARCHAR(100),
    answer        VARCHAR(4000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT supplement_request_number UNIQUE (request_id, number)
);

CREATE TABLE request_suspension (
    id            BIGINT        NOT NULL PRIMARY KEY,
    request_id    BIGINT        NOT NULL REFERENCES screening_request (id),
    reason        VARCHAR(30)   NOT NULL,
    from_date     DATE          NOT NULL,
    until_date    DATE          NOT NULL,
    note          VARCHAR(2000),
    recorded_by   VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT request_suspension_reason CHECK (reason IN ('CONSENT', 'APPLICANT_DELAY'))
);
CREATE INDEX request_suspension_request ON request_suspension (request_id);
CREATE INDEX supplement_request_request ON supplement_request (request_id);

CREATE TABLE timeline_event (
    id            BIGINT        NOT NULL PRIMARY KEY,
    request_id    BIGINT        NOT NULL REFERENCES screening_request (id),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on   DATE          NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    detail        VARCHAR(200),
    due_on        DATE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    VARCHAR(100)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX timeline_event_request ON timeline_event (request_id, occurred_at, id);

-- reference numbers KVS-<year>-<number>: one counter row, the number starts again at 1 each year
CREATE TABLE reference_counter (
    id           INTEGER NOT NULL PRIMARY KEY,
    counter_year INTEGER NOT NULL,
    last_number  INTEGER NOT NULL
);
INSERT INTO reference_counter (id, counter_year, last_number) VALUES (1, 2000, 0);
