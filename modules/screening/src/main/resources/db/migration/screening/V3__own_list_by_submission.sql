-- An institution's own list opens newest submission first (drafts on top): an index in that order.
CREATE INDEX screening_request_institution_submitted ON screening_request (institution_id, submitted_on, id);
