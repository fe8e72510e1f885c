-- A notice of default (ingebrekestelling, Awb 4:17) received for a request not decided in time: the penalty runs from
-- two weeks after the later of the due date and this day.
CREATE TABLE default_notice (
    request_id     BIGINT        NOT NULL PRIMARY KEY,
    institution_id BIGINT        NOT NULL,
    received_on    DATE          NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0
);
