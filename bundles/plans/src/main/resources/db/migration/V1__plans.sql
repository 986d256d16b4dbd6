-- Folkmoot plans module: each plan is one row holding its whole record (versions, consultations,
-- answers, adoption, progress, reports) as JSON, written in one statement per change so that a
-- refused or failed step leaves nothing half-written. The columns beside it are for listing and
-- for the optimistic check (revision). Residents' comments live in the contribution archive.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

CREATE TABLE plans_plan (
    id          VARCHAR(80)  NOT NULL,
    plan_type   VARCHAR(40)  NOT NULL,
    rule_set    VARCHAR(80)  NOT NULL,
    title_en    VARCHAR(1000) NOT NULL DEFAULT '',
    title_cy    VARCHAR(1000) NOT NULL DEFAULT '',
    document    TEXT         NOT NULL,
    revision    INTEGER      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plans_plan_pk PRIMARY KEY (id)
);
