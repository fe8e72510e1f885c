-- Durable work (ADR 0024): work that must happen after a commit is stored in the same transaction as its cause, run by
-- any instance under a lease, retried with back-off, and resumed after a crash from where its progress says it was.
CREATE TABLE work_item (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(60)   NOT NULL,
    work_key         VARCHAR(200)  NOT NULL,
    payload          VARCHAR(4000),
    state            VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until      TIMESTAMP WITH TIME ZONE,
    progress_done    BIGINT        NOT NULL DEFAULT 0,
    progress_total   BIGINT        NOT NULL DEFAULT 0,
    progress_count   BIGINT        NOT NULL DEFAULT 0,
    resume_at        VARCHAR(1000),
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT work_item_key UNIQUE (kind, work_key)
);
CREATE INDEX work_item_due ON work_item (state, next_attempt_at);
CREATE INDEX work_item_kind ON work_item (kind, id);
CREATE SEQUENCE work_item_seq START WITH 1 INCREMENT BY 1;
