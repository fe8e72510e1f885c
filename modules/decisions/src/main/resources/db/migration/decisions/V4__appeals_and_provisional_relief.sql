-- Appeals (beroep) to the court against a decision, and a provisional relief (voorlopige voorziening, Awb 8:81) that
-- suspends a decision for a period: the decision keeps that period beside its revocation, and the access check follows.
ALTER TABLE access_decision ADD COLUMN suspended_from DATE;
ALTER TABLE access_decision ADD COLUMN suspended_until DATE;

CREATE SEQUENCE appeal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE appeal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    decision_id     BIGINT        NOT NULL REFERENCES access_decision (id),
    institution_id  BIGINT        NOT NULL,
    request_id      BIGINT        NOT NULL,
    court           VARCHAR(200)  NOT NULL,
    case_number     VARCHAR(60)   NOT NULL,
    filed_on        DATE          NOT NULL,
    relief_from     DATE,
    relief_until    DATE,
    outcome         VARCHAR(20),
    decided_on      DATE,
    recorded_by     VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX appeal_of_decision ON appeal (decision_id);
