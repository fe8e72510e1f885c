-- Notifications: the institution's contact address and language for mail; the outbox every mail goes through
-- (written in the transaction that caused it, sent after it committed, retried on failure, held when no SMTP server
-- is configured); the in-app notifications of each user.
ALTER TABLE institution ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE institution ADD COLUMN language VARCHAR(5) DEFAULT 'nl' NOT NULL;

CREATE SEQUENCE outbox_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_mail (
    id               BIGINT        NOT NULL PRIMARY KEY,
    to_address       VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    language         VARCHAR(5)    NOT NULL,
    institution_id   BIGINT,
    origin           VARCHAR(100),
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000),
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT outbox_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'HELD'))
);
CREATE INDEX outbox_mail_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX outbox_mail_created ON outbox_mail (created_at, id);

CREATE SEQUENCE user_notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE user_notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient    VARCHAR(100)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         VARCHAR(4000),
    link         VARCHAR(500),
    origin       VARCHAR(100),
    read_at      TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX user_notification_recipient ON user_notification (recipient, read_at, created_at);
