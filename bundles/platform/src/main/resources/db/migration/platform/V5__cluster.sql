-- What several runtimes on one database must share. Portable SQL: PostgreSQL and H2 in PostgreSQL mode.

-- Failed sign-ins, counted in the database so that a limit holds across every runtime behind a load
-- balancer (a guesser's next attempt may land anywhere). The key is a SHA-256 of the name at the
-- address, or of the address alone, so neither is kept in the clear.
CREATE TABLE login_failure (
    failure_key VARCHAR(64) NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (failure_key, failed_at);
CREATE INDEX login_failure_age ON login_failure (failed_at);

-- The council's choice of modules, for every runtime on this database: each runtime makes its
-- deploy/ folder match it within seconds. A module with no row is left as each installation has it.
CREATE TABLE module_choice (
    module     VARCHAR(100) PRIMARY KEY,
    enabled    BOOLEAN NOT NULL,
    decided_by VARCHAR(200) NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
