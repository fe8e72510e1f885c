-- The decision register's figures, fixed when a decision is signed: the day the request was submitted and the days its
-- decision period was suspended (supplements, suspensions), for the turnaround; the Annex 2 clusters of the unit then.
-- Decisions signed before this migration have none (the register shows them without a turnaround).
ALTER TABLE access_decision ADD COLUMN submitted_on DATE;
ALTER TABLE access_decision ADD COLUMN suspended_days INTEGER;
ALTER TABLE access_decision ADD COLUMN clusters VARCHAR(200);
CREATE INDEX access_decision_register ON access_decision (decided_on, institution_id);

-- The institution was told that a decision expires soon: once per decision, so the daily run catches up after downtime
-- without telling anyone twice.
CREATE TABLE expiry_notice (
    decision_id   BIGINT      NOT NULL PRIMARY KEY REFERENCES access_decision (id),
    expires_on    DATE        NOT NULL,
    notified_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The hearing of an objection (Awb 7:2), and the letter of the decision on it (beslissing op bezwaar), made when it is
-- decided and never changed.
ALTER TABLE objection ADD COLUMN heard_on DATE;
ALTER TABLE objection ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE objection ADD COLUMN new_decision_id BIGINT;
CREATE TABLE objection_letter (
    objection_id BIGINT       NOT NULL PRIMARY KEY REFERENCES objection (id),
    file_name    VARCHAR(100) NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL
);
