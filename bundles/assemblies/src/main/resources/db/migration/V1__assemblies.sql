-- Folkmoot citizens' assemblies: the commission (public), the households drawn by the civic
-- lottery, the people who registered (personal data, in tables of their own), targets, selections
-- and their published results, confirmation, and members' logistics.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- The commission: public from the day it is announced.
CREATE TABLE assemblies_assembly (
    id                 VARCHAR(60)   NOT NULL PRIMARY KEY,   -- a slug: lower-case letters, digits, '-'
    question_en        VARCHAR(1000) NOT NULL,
    question_cy        VARCHAR(1000) NOT NULL,
    remit_en           VARCHAR(4000) NOT NULL DEFAULT '',
    remit_cy           VARCHAR(4000) NOT NULL DEFAULT '',
    out_of_scope_en    VARCHAR(4000) NOT NULL DEFAULT '',
    out_of_scope_cy    VARCHAR(4000) NOT NULL DEFAULT '',
    commissioned_by    VARCHAR(300)  NOT NULL,
    funder             VARCHAR(300)  NOT NULL DEFAULT '',
    oversight          TEXT          NOT NULL,               -- JSON: [{name, role}]
    timeline           TEXT          NOT NULL,               -- JSON: [{date, en, cy}]
    sessions           TEXT          NOT NULL,               -- JSON: ["2027-03-06", ...]
    questions          TEXT          NOT NULL,               -- JSON: the stratification questions
    announced_on       DATE          NOT NULL,
    response_due       DATE          NOT NULL,
    panel_size         INTEGER       NOT NULL,
    retention_until    DATE          NOT NULL,               -- registrations are deleted after this day
    lottery_seed       VARCHAR(200),                         -- fixed in public before the draw
    seed_fixed_at      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_panel_size CHECK (panel_size > 0)
);

-- The households the civic lottery drew, with their registration codes. A code registers its
-- household once (used_at). No names: an address is kept only so letters can be printed again.
CREATE TABLE assemblies_household (
    assembly_id   VARCHAR(60)  NOT NULL,
    code          VARCHAR(20)  NOT NULL,
    uprn          VARCHAR(12)  NOT NULL,
    address       VARCHAR(1000) NOT NULL DEFAULT '',
    stratum       VARCHAR(200) NOT NULL DEFAULT '',
    lottery_key   VARCHAR(64)  NOT NULL DEFAULT '',
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assemblies_household_pk PRIMARY KEY (assembly_id, code),
    CONSTRAINT assemblies_household_uprn UNIQUE (assembly_id, uprn),
    CONSTRAINT assemblies_household_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- The civic lottery as published: how many letters, from how many addresses, per stratum.
CREATE TABLE assemblies_lottery (
    assembly_id    VARCHAR(60)  NOT NULL PRIMARY KEY,
    seed           VARCHAR(200) NOT NULL,
    letters        INTEGER      NOT NULL,
    addresses      INTEGER      NOT NULL,
    file_sha256    VARCHAR(64)  NOT NULL,
    strata         TEXT         NOT NULL,                    -- JSON: [{stratum, addresses, letters, weight}]
    drawn_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_lottery_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- Personal data: the people who registered. Only assembly officers (and confirmation callers, for
-- the members) read it; nothing public reads this table. Deleted on request and after retention.
CREATE TABLE assemblies_person (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    assembly_id    VARCHAR(60)   NOT NULL,
    household_code VARCHAR(20)   NOT NULL,
    pseudonym      VARCHAR(20)   NOT NULL,                  -- the id published with probabilities
    full_name      VARCHAR(300)  NOT NULL,
    email          VARCHAR(300)  NOT NULL DEFAULT '',
    phone          VARCHAR(40)   NOT NULL DEFAULT '',
    date_of_birth  DATE          NOT NULL,
    answers        TEXT          NOT NULL,                  -- JSON: {category: value}
    available      BOOLEAN       NOT NULL,
    access_needs   VARCHAR(4000) NOT NULL DEFAULT '',
    channel        VARCHAR(10)   NOT NULL,                  -- web or phone
    entered_by     VARCHAR(200)  NOT NULL DEFAULT '',
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_person_pseudonym UNIQUE (assembly_id, pseudonym),
    CONSTRAINT assemblies_person_household FOREIGN KEY (assembly_id, household_code)
        REFERENCES assemblies_household (assembly_id, code)
);

-- Targets per category value, as the Sortition Foundation's CSV has them.
CREATE TABLE assemblies_target (
    assembly_id VARCHAR(60)  NOT NULL,
    category    VARCHAR(100) NOT NULL,
    target_value VARCHAR(100) NOT NULL,
    min_count   INTEGER      NOT NULL,
    max_count   INTEGER      NOT NULL,
    min_flex    INTEGER      NOT NULL,
    max_flex    INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    CONSTRAINT assemblies_target_pk PRIMARY KEY (assembly_id, category, target_value),
    CONSTRAINT assemblies_target_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- A selection: the first (round 1) and each replacement (round 2, 3...). What it publishes uses
-- pseudonyms only; pool holds the person ids it drew from (not personal data by themselves).
CREATE TABLE assemblies_selection (
    assembly_id   VARCHAR(60)  NOT NULL,
    round_no      INTEGER      NOT NULL,
    algorithm     VARCHAR(10)  NOT NULL,
    seed          VARCHAR(200) NOT NULL,
    state         VARCHAR(10)  NOT NULL,                    -- QUEUED, RUNNING, DONE, FAILED
    stage         VARCHAR(40)  NOT NULL DEFAULT '',
    problem       TEXT,                                     -- JSON: why it failed, for the officer
    pool          TEXT         NOT NULL,                    -- JSON: person ids
    replaced      TEXT         NOT NULL,                    -- JSON: pseudonyms replaced (rounds > 1)
    probabilities TEXT,                                     -- JSON: {pseudonym: probability}
    distribution  TEXT,                                     -- CSV: panel,probability,members
    panel         TEXT,                                     -- JSON: pseudonyms drawn
    panel_index   INTEGER,
    min_probability DOUBLE PRECISION,
    requested_by  VARCHAR(200) NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assemblies_selection_pk PRIMARY KEY (assembly_id, round_no),
    CONSTRAINT assemblies_selection_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- Members: who was selected, in which round, and what the confirmation call found.
CREATE TABLE assemblies_member (
    assembly_id  VARCHAR(60) NOT NULL,
    pseudonym    VARCHAR(20) NOT NULL,
    round_no     INTEGER     NOT NULL,
    status       VARCHAR(12) NOT NULL,                       -- SELECTED, CONFIRMED, DECLINED, UNREACHABLE, WITHDRAWN
    recorded_by  VARCHAR(200) NOT NULL DEFAULT '',
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_member_pk PRIMARY KEY (assembly_id, pseudonym),
    CONSTRAINT assemblies_member_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- Members' logistics (private): attendance per session, payments and expenses.
CREATE TABLE assemblies_attendance (
    person_id    VARCHAR(36) NOT NULL,
    session_date DATE        NOT NULL,
    attended     BOOLEAN     NOT NULL,
    CONSTRAINT assemblies_attendance_pk PRIMARY KEY (person_id, session_date),
    CONSTRAINT assemblies_attendance_person FOREIGN KEY (person_id) REFERENCES assemblies_person (id) ON DELETE CASCADE
);

CREATE TABLE assemblies_payment (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    person_id    VARCHAR(36)  NOT NULL,
    kind         VARCHAR(10)  NOT NULL,                      -- PAYMENT or EXPENSE
    amount_pence INTEGER      NOT NULL,
    paid_on      DATE         NOT NULL,
    description  VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT assemblies_payment_person FOREIGN KEY (person_id) REFERENCES assemblies_person (id) ON DELETE CASCADE,
    CONSTRAINT assemblies_payment_amount CHECK (amount_pence > 0)
);

CREATE INDEX assemblies_person_assembly ON assemblies_person (assembly_id);
CREATE INDEX assemblies_payment_person_ix ON assemblies_payment (person_id);
