-- Objections (bezwaar) against a decision: who filed it and when it came in (and was posted), whether it was in time
-- (Awb 6:7, 6:8, 6:9 lid 2) or a late one excused (Awb 6:11), the advisory committee and the one extension that set
-- the due date of the decision on it (Awb 7:10), and that decision's outcome.
CREATE SEQUENCE objection_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE objection (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    decision_id          BIGINT        NOT NULL REFERENCES access_decision (id),
    institution_id       BIGINT        NOT NULL,
    request_id           BIGINT        NOT NULL,
    filed_by             VARCHAR(20)   NOT NULL,
    received_on          DATE          NOT NULL,
    posted_on            DATE,
    grounds              VARCHAR(4000) NOT NULL,
    term_ends_on         DATE          NOT NULL,
    in_time              BOOLEAN       NOT NULL,
    excuse               VARCHAR(2000),
    committee            BOOLEAN       NOT NULL,
    extended             BOOLEAN       NOT NULL,
    due_on               DATE          NOT NULL,
    outcome              VARCHAR(20),
    decided_on           DATE,
    outcome_reasons      VARCHAR(8000),
    recorded_by          VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX objection_of_decision ON objection (decision_id);
CREATE INDEX objection_open ON objection (institution_id, due_on) ;
