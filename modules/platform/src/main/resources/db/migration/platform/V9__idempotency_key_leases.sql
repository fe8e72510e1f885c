-- An idempotency key is claimed under a lease: a call that died with its server (kill -9, a crash) frees its key
-- once the lease ends, so a retry goes ahead instead of being told "still under way" for 24 hours. Only the
-- holder of the lease (its token) can complete the key; a call that outlived its lease rolls back.
ALTER TABLE idempotency_key ADD COLUMN lease_token VARCHAR(36);
ALTER TABLE idempotency_key ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
