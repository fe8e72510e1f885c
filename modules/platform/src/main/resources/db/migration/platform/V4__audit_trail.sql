-- The audit trail: an append-only HMAC chain (position 1, 2, 3, ...) and its signed head checkpoint.
CREATE TABLE audit_record (
    position       BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(150) NOT NULL,
    action         VARCHAR(100) NOT NULL,
    object_type    VARCHAR(100),
    object_id      VARCHAR(100),
    institution_id BIGINT,
    old_values     VARCHAR(8000),
    new_values     VARCHAR(8000),
    client_address VARCHAR(64),
    correlation_id VARCHAR(64),
    previous_hash  VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_record_actor_ix ON audit_record (actor, occurred_at);
CREATE INDEX audit_record_object_ix ON audit_record (object_type, object_id);
CREATE INDEX audit_record_action_ix ON audit_record (action, occurred_at);

CREATE TABLE audit_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_position BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL,
    signature     VARCHAR(64) NOT NULL
);
