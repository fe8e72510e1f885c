-- Decisions: the authority's assessment of a request (findings per indicator group, a confidential annex, the hearing,
-- a proposed outcome), the binding access decision signed from it (never changed afterwards: a correction is a new
-- decision referring to the old one), its letter, and the log of access checks.

-- The catalogue of conditions (voorschriften) the authority keeps; a decision copies the texts it uses.
CREATE TABLE condition_template (
    code     VARCHAR(40)   NOT NULL PRIMARY KEY,
    text_nl  VARCHAR(1000) NOT NULL,
    text_en  VARCHAR(1000) NOT NULL,
    active   BOOLEAN       NOT NULL,
    position INTEGER       NOT NULL
);
INSERT INTO condition_template (code, text_nl, text_en, active, position) VALUES
 ('SUPERVISION', 'Toegang alleen onder begeleiding van de leidinggevende van het onderdeel of een door hem of haar aangewezen medewerker.',
  'Access only under the supervision of the unit''s head or a member of staff designated by them.', TRUE, 10),
 ('NO_NAMED_ROOMS', 'Geen toegang tot de ruimten die in de toelichting bij dit voorschrift zijn genoemd.',
  'No access to the rooms named in the explanation to this condition.', TRUE, 20),
 ('NO_EXPORT_CONTROLLED', 'Geen toegang tot technologie of gegevens waarvoor een exportvergunning nodig is (Verordening (EU) 2021/821).',
  'No access to technology or data that needs an export licence (Regulation (EU) 2021/821).', TRUE, 30),
 ('RENEWED_CHECK', 'Een hernieuwde screening na twaalf maanden; de instelling dient de aanvraag in vóór die datum.',
  'A renewed screening after twelve months; the institution submits the request before that date.', TRUE, 40),
 ('REPORT_CHANGES', 'De instelling meldt binnen twee weken elke nieuwe aanstelling, financiering of nevenfunctie van de persoon.',
  'The institution reports every new appointment, funding or side activity of the person within two weeks.', TRUE, 50);

CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assessment (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    request_id           BIGINT        NOT NULL,
    round                INTEGER       NOT NULL,
    request_reference    VARCHAR(20)   NOT NULL,
    institution_id       BIGINT        NOT NULL,
    unit_id              BIGINT        NOT NULL,
    person_reference     VARCHAR(100)  NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    proposed_outcome     VARCHAR(30),
    condition_codes      VARCHAR(500),
    conditions_text      VARCHAR(2000),
    reasons              VARCHAR(8000),
    legal_basis          VARCHAR(500),
    effective_from       DATE,
    expires_on           DATE,
    confidential_annex   VARCHAR(8000),
    prepared_by          VARCHAR(100),
    prepared_at          TIMESTAMP WITH TIME ZONE,
    hearing_invited_on   DATE,
    hearing_respond_by   DATE,
    hearing_invited_by   VARCHAR(100),
    hearing_view         VARCHAR(4000),
    hearing_view_on      DATE,
    corrects_decision_id BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(100)  NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assessment_round UNIQUE (request_id, round)
);

CREATE TABLE assessment_finding (
    assessment_id   BIGINT        NOT NULL REFERENCES assessment (id),
    indicator_group VARCHAR(20)   NOT NULL,
    finding         VARCHAR(20)   NOT NULL,
    note            VARCHAR(2000),
    PRIMARY KEY (assessment_id, indicator_group)
);

CREATE SEQUENCE access_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE access_decision (
    id                BIGINT        NOT NULL PRIMARY KEY,
    reference         VARCHAR(30)   NOT NULL UNIQUE,
    assessment_id     BIGINT        NOT NULL UNIQUE REFERENCES assessment (id),
    request_id        BIGINT        NOT NULL,
    request_reference VARCHAR(20)   NOT NULL,
    institution_id    BIGINT        NOT NULL,
    unit_id           BIGINT        NOT NULL,
    unit_name         VARCHAR(200)  NOT NULL,
    person_reference  VARCHAR(100)  NOT NULL,
    person_name       VARCHAR(500)  NOT NULL,
    outcome           VARCHAR(30)   NOT NULL,
    conditions        VARCHAR(8000),
    reasons           VARCHAR(8000) NOT NULL,
    legal_basis       VARCHAR(500)  NOT NULL,
    list_code         VARCHAR(40),
    list_version      INTEGER,
    prepared_by       VARCHAR(100)  NOT NULL,
    signed_by         VARCHAR(100)  NOT NULL,
    signed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_on        DATE          NOT NULL,
    sent_on           DATE          NOT NULL,
    effective_from    DATE          NOT NULL,
    expires_on        DATE,
    revoked_from      DATE,
    due_on            DATE,
    days_late         INTEGER       NOT NULL,
    corrects_id       BIGINT REFERENCES access_decision (id),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
-- the access check: a person's decisions for a unit of an institution
CREATE INDEX access_decision_check ON access_decision (institution_id, unit_id, person_reference);
CREATE INDEX access_decision_of_request ON access_decision (request_id);
CREATE INDEX access_decision_of_unit ON access_decision (unit_id, effective_from);

-- The letter of a decision (PDF/UA), made when it is signed and never changed.
CREATE TABLE decision_letter (
    decision_id BIGINT       NOT NULL PRIMARY KEY REFERENCES access_decision (id),
    file_name   VARCHAR(100) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    content     BYTEA        NOT NULL
);

-- Every access check, written beside the audit trail (not through its chain): who asked, about what, the answer.
CREATE SEQUENCE access_check_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE access_check (
    id               BIGINT        NOT NULL PRIMARY KEY,
    checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    asked_by         VARCHAR(100)  NOT NULL,
    institution_id   BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    person_reference VARCHAR(100)  NOT NULL,
    on_date          DATE          NOT NULL,
    allowed          BOOLEAN       NOT NULL,
    decision_id      BIGINT
);
CREATE INDEX access_check_by_institution ON access_check (institution_id, checked_at);
