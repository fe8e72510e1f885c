-- Login bookkeeping (lock-out after repeated failures) and API tokens for institution and authority systems.
ALTER TABLE user_account ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN last_login_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    name           VARCHAR(100) NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    token_prefix   VARCHAR(12)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    institution_id BIGINT       REFERENCES institution (id),
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_by     VARCHAR(100),
    last_used_at   TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
