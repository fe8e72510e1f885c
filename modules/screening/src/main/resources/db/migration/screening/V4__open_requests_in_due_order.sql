-- The work queue reads the open requests (submitted or awaiting a supplement, about 2 % of all) in the order of the
-- column it sorts on. With the status as two values an index cannot give that order, so an open flag (kept by the
-- request itself) leads each queue index: the first page is read in index order, not sorted from every open row.
-- 1 or 0, not a BOOLEAN: EclipseLink writes a boolean literal as 1 in some queries (a LIKE with ESCAPE), which H2 refuses
ALTER TABLE screening_request ADD COLUMN open_request SMALLINT DEFAULT 0 NOT NULL;
UPDATE screening_request SET open_request = 1 WHERE status IN ('SUBMITTED', 'AWAITING_SUPPLEMENT');
CREATE INDEX screening_request_open_due ON screening_request (open_request, due_on, id);
CREATE INDEX screening_request_open_submitted ON screening_request (open_request, submitted_on, id);
CREATE INDEX screening_request_open_reference ON screening_request (open_request, reference, id);
CREATE INDEX screening_request_open_unit ON screening_request (open_request, unit_name, id);
CREATE INDEX screening_request_open_status ON screening_request (open_request, status, id);
CREATE INDEX screening_request_open_assignee ON screening_request (assignee, open_request, due_on, id);
CREATE INDEX screening_request_open_institution ON screening_request (institution_id, open_request, due_on, id);
