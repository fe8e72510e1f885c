-- Idempotency keys of API callers (header Idempotency-Key): a retried POST with the same key and body gets the
-- answer of the first, never a second object. Kept 24 hours per caller (the token's name).
CREATE TABLE idempotency_key (
    caller           VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(200)  NOT NULL,
    operation        VARCHAR(100)  NOT NULL,
    body_hash        VARCHAR(64)   NOT NULL,
    resource_id      VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
