-- Technology lists (Annex 2 is the binding one), their versions and the entries of each version.
-- A published version's entries never change again; drafts are edited in place.
-- Sequences start at 1000: EclipseLink hands out the 50 ids below each value, and V2 ships rows with ids 1-11.
CREATE SEQUENCE technology_list_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE list_version_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE list_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE technology_list (
    id              BIGINT       NOT NULL PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    name_nl         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    binding         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE list_version (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    list_id               BIGINT       NOT NULL REFERENCES technology_list (id),
    number                INTEGER      NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    based_on_number       INTEGER,
    legal_reference       VARCHAR(300),
    effective_date        DATE,
    change_note           VARCHAR(2000),
    provisional           BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at          TIMESTAMP WITH TIME ZONE,
    published_by          VARCHAR(100),
    approval_requested_by VARCHAR(100),
    approval_requested_at TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT list_version_number UNIQUE (list_id, number),
    CONSTRAINT list_version_status CHECK (status IN ('DRAFT', 'PUBLISHED')),
    CONSTRAINT list_version_published CHECK (status = 'DRAFT' OR (effective_date IS NOT NULL AND legal_reference IS NOT NULL))
);
CREATE INDEX list_version_effective ON list_version (list_id, status, effective_date);

CREATE TABLE list_entry (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version_id         BIGINT        NOT NULL REFERENCES list_version (id),
    entry_key          VARCHAR(40)   NOT NULL,
    code               VARCHAR(20)   NOT NULL,
    parent_key         VARCHAR(40),
    sort_order         INTEGER       NOT NULL,
    title_nl           VARCHAR(300)  NOT NULL,
    title_en           VARCHAR(300)  NOT NULL,
    description_nl     VARCHAR(4000),
    description_en     VARCHAR(4000),
    control_references VARCHAR(500),
    retired            BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         VARCHAR(100)  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT list_entry_key UNIQUE (version_id, entry_key),
    CONSTRAINT list_entry_code UNIQUE (version_id, code)
);
CREATE INDEX list_entry_version ON list_entry (version_id, sort_order);
