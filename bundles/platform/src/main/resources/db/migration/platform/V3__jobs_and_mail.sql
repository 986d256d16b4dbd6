-- Scheduled jobs, the e-mail outbox, and the contact details notifications need.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

-- One row per job (name, key). A runtime claims a due row by setting lease_owner and lease_until
-- in one UPDATE whose WHERE clause requires the lease to be free or expired, so only one wins.
CREATE TABLE platform_job (
    name             VARCHAR(100)  NOT NULL,
    job_key          VARCHAR(300)  NOT NULL,
    payload          VARCHAR(4000) NOT NULL,
    due_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    interval_seconds BIGINT,
    state            VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    last_error       VARCHAR(2000),
    lease_owner      VARCHAR(200),
    lease_until      TIMESTAMP WITH TIME ZONE,
    created          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT platform_job_pk PRIMARY KEY (name, job_key)
);
CREATE INDEX platform_job_due ON platform_job (state, due_at);

-- Rendered messages waiting to be sent (or sent). Written in the transaction of the change that
-- caused them; the job 'platform.mail' with the same id sends each.
CREATE TABLE platform_outbox (
    id         VARCHAR(36)    PRIMARY KEY,
    module     VARCHAR(100)   NOT NULL,
    template   VARCHAR(100)   NOT NULL,
    recipient  VARCHAR(300)   NOT NULL,
    language   VARCHAR(10)    NOT NULL,
    subject    VARCHAR(1000)  NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    created    TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE
);

-- Where an account's notifications go, and in which language (en or cy).
ALTER TABLE account ADD COLUMN email VARCHAR(300);
ALTER TABLE account ADD COLUMN language VARCHAR(10) DEFAULT 'en' NOT NULL;
