-- Folkmoot citizens' assemblies, part 2: recommendations and their versions, votes (counts only;
-- ballots cast on members' devices are kept without any link to the member), the council's
-- response, implementation actions with dated updates, and progress reports.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- Per assembly: the vote's threshold rule, the progress report schedule, the officer told of
-- overdue responses and due reports, and when the council closed the assembly's record.
CREATE TABLE assemblies_deliberation (
    assembly_id          VARCHAR(60)  NOT NULL PRIMARY KEY,
    threshold_bp         INTEGER      NOT NULL,              -- basis points: 7500 is 75%
    abstentions          VARCHAR(12)  NOT NULL,              -- COUNTED (among votes cast) or NOT_COUNTED
    first_report_months  INTEGER      NOT NULL,
    report_every_months  INTEGER      NOT NULL,
    officer              VARCHAR(200) NOT NULL,              -- account told of overdue responses and due reports
    closed_at            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assemblies_deliberation_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id),
    CONSTRAINT assemblies_deliberation_threshold CHECK (threshold_bp > 0 AND threshold_bp <= 10000),
    CONSTRAINT assemblies_deliberation_reports CHECK (first_report_months > 0 AND report_every_months > 0)
);

CREATE TABLE assemblies_recommendation (
    assembly_id  VARCHAR(60) NOT NULL,
    number       INTEGER     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_recommendation_pk PRIMARY KEY (assembly_id, number),
    CONSTRAINT assemblies_recommendation_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

-- Every wording a recommendation had, who wrote it (a member's pseudonym, or the facilitator's
-- account writing for a table of members) and why.
CREATE TABLE assemblies_recommendation_version (
    assembly_id  VARCHAR(60)   NOT NULL,
    number       INTEGER       NOT NULL,
    version_no   INTEGER       NOT NULL,
    title_en     VARCHAR(300)  NOT NULL,
    title_cy     VARCHAR(300)  NOT NULL,
    text_en      TEXT          NOT NULL,
    text_cy      TEXT          NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    note         VARCHAR(1000) NOT NULL DEFAULT '',
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_recommendation_version_pk PRIMARY KEY (assembly_id, number, version_no),
    CONSTRAINT assemblies_recommendation_version_rec FOREIGN KEY (assembly_id, number)
        REFERENCES assemblies_recommendation (assembly_id, number)
);

-- The vote on a recommendation: one per recommendation. Entered from a count (paper or a show of
-- hands) or cast on members' devices with one-time codes (OPEN until closed). The rule is copied
-- from the assembly at the vote, so a later change of rule never changes a result.
CREATE TABLE assemblies_vote (
    assembly_id   VARCHAR(60)  NOT NULL,
    number        INTEGER      NOT NULL,
    version_no    INTEGER      NOT NULL,                     -- the wording voted on
    method        VARCHAR(10)  NOT NULL,                     -- COUNT or DEVICES
    state         VARCHAR(10)  NOT NULL,                     -- OPEN (devices) or CLOSED
    in_favour     INTEGER      NOT NULL DEFAULT 0,
    against       INTEGER      NOT NULL DEFAULT 0,
    abstain       INTEGER      NOT NULL DEFAULT 0,
    membership    INTEGER      NOT NULL,
    threshold_bp  INTEGER      NOT NULL,
    abstentions   VARCHAR(12)  NOT NULL,
    held_on       DATE         NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_vote_pk PRIMARY KEY (assembly_id, number),
    CONSTRAINT assemblies_vote_rec FOREIGN KEY (assembly_id, number) REFERENCES assemblies_recommendation (assembly_id, number),
    CONSTRAINT assemblies_vote_counts CHECK (in_favour >= 0 AND against >= 0 AND abstain >= 0
        AND in_favour + against + abstain <= membership)
);

-- One-time codes for voting on a device: one per member per recommendation, kept as a SHA-256
-- hash (the code itself is shown once, to be handed to the member). used_at marks it spent.
CREATE TABLE assemblies_vote_code (
    assembly_id  VARCHAR(60) NOT NULL,
    number       INTEGER     NOT NULL,
    pseudonym    VARCHAR(20) NOT NULL,
    code_sha256  VARCHAR(64) NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assemblies_vote_code_pk PRIMARY KEY (assembly_id, number, pseudonym),
    CONSTRAINT assemblies_vote_code_hash UNIQUE (code_sha256),
    CONSTRAINT assemblies_vote_code_vote FOREIGN KEY (assembly_id, number) REFERENCES assemblies_vote (assembly_id, number)
);

-- Ballots cast on devices: the choice only, with no link to a member or a code.
CREATE TABLE assemblies_ballot (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    assembly_id  VARCHAR(60) NOT NULL,
    number       INTEGER     NOT NULL,
    choice       VARCHAR(10) NOT NULL,                       -- FOR, AGAINST, ABSTAIN
    CONSTRAINT assemblies_ballot_vote FOREIGN KEY (assembly_id, number) REFERENCES assemblies_vote (assembly_id, number)
);

-- The council's answer to each recommendation the assembly passed.
CREATE TABLE assemblies_response (
    assembly_id   VARCHAR(60)   NOT NULL,
    number        INTEGER       NOT NULL,
    decision      VARCHAR(20)   NOT NULL,                    -- ACCEPTED, ACCEPTED_IN_PART, NOT_ACCEPTED, FURTHER_WORK
    reasons_en    TEXT          NOT NULL,
    reasons_cy    TEXT          NOT NULL,
    service       VARCHAR(300)  NOT NULL,
    responded_on  DATE          NOT NULL,
    recorded_by   VARCHAR(200)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_response_pk PRIMARY KEY (assembly_id, number),
    CONSTRAINT assemblies_response_rec FOREIGN KEY (assembly_id, number) REFERENCES assemblies_recommendation (assembly_id, number)
);

-- What the council does about an accepted recommendation, and each dated update on it.
CREATE TABLE assemblies_action (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    assembly_id   VARCHAR(60)  NOT NULL,
    number        INTEGER      NOT NULL,
    title_en      VARCHAR(500) NOT NULL,
    title_cy      VARCHAR(500) NOT NULL,
    service       VARCHAR(300) NOT NULL,
    status        VARCHAR(12)  NOT NULL,                     -- PLANNED, IN_PROGRESS, DONE, STOPPED
    progress      INTEGER      NOT NULL,                     -- per cent
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_action_rec FOREIGN KEY (assembly_id, number) REFERENCES assemblies_recommendation (assembly_id, number),
    CONSTRAINT assemblies_action_progress CHECK (progress >= 0 AND progress <= 100)
);

CREATE TABLE assemblies_action_update (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    action_id    VARCHAR(36)  NOT NULL,
    on_date      DATE         NOT NULL,
    status       VARCHAR(12)  NOT NULL,
    progress     INTEGER      NOT NULL,
    note_en      TEXT         NOT NULL,
    note_cy      TEXT         NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_action_update_action FOREIGN KEY (action_id) REFERENCES assemblies_action (id)
);

-- Progress reports the council published, by the date each was due.
CREATE TABLE assemblies_progress_report (
    assembly_id   VARCHAR(60) NOT NULL,
    due_on        DATE        NOT NULL,
    published_on  DATE        NOT NULL,
    summary_en    TEXT        NOT NULL,
    summary_cy    TEXT        NOT NULL,
    recorded_by   VARCHAR(200) NOT NULL,
    CONSTRAINT assemblies_progress_report_pk PRIMARY KEY (assembly_id, due_on),
    CONSTRAINT assemblies_progress_report_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id)
);

CREATE INDEX assemblies_action_rec_ix ON assemblies_action (assembly_id, number);
CREATE INDEX assemblies_action_update_ix ON assemblies_action_update (action_id);
CREATE INDEX assemblies_ballot_vote_ix ON assemblies_ballot (assembly_id, number);
