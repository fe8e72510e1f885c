-- Platform schema, version 1: tenants (institutions), user accounts with roles, and the demo data log.
-- Plain SQL that runs on PostgreSQL and on H2 in PostgreSQL mode.

CREATE TABLE institution (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT institution_code_uk UNIQUE (code)
);
CREATE SEQUENCE institution_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    institution_id       BIGINT       REFERENCES institution (id),
    password_hash        VARCHAR(300) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    active               BOOLEAN      NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_username_uk UNIQUE (username)
);
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES user_account (id),
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE demo_data_run (
    contributor VARCHAR(100) NOT NULL PRIMARY KEY,
    seeded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
