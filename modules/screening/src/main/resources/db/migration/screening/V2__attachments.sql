-- Attachments of a request (CV, publication list, answers to a supplement request): PDF only, checked by content.
-- The metadata apart from the content, so that lists never read the files.
CREATE SEQUENCE request_attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE request_attachment (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    request_id          BIGINT        NOT NULL REFERENCES screening_request (id),
    kind                VARCHAR(20)   NOT NULL,
    file_name           VARCHAR(255)  NOT NULL,
    size_bytes          BIGINT        NOT NULL,
    sha256              VARCHAR(64)   NOT NULL,
    supplement_number   INTEGER,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(100)  NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT request_attachment_kind CHECK (kind IN ('CV', 'PUBLICATIONS', 'SUPPLEMENT', 'OTHER'))
);
CREATE INDEX request_attachment_request ON request_attachment (request_id, id);

CREATE TABLE attachment_content (
    attachment_id  BIGINT NOT NULL PRIMARY KEY REFERENCES request_attachment (id),
    content        BYTEA  NOT NULL
);
