-- One run of a scheduled job at a time, also when several instances share the database (JobLock, ShedLock's table).
CREATE TABLE platform.shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
