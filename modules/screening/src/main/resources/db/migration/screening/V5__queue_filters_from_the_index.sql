-- Found by the queue benchmark (docs/performance.md): counting the rows a "contains" filter matches read every
-- matching row from the table. With the filtered column in the index the count reads the index alone; an
-- institution's own list sorts on the due date and filters on the reference from its own index too.
CREATE INDEX screening_request_open_clusters ON screening_request (open_request, clusters, id);
CREATE INDEX screening_request_institution_due ON screening_request (institution_id, due_on, id);
CREATE INDEX screening_request_institution_reference ON screening_request (institution_id, reference, id);
