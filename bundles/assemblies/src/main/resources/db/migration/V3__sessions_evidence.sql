-- Citizens' assemblies, part 2: the sessions (public), the evidence heard (public, with the
-- council's files in the platform's file store), which residents' submissions were passed to
-- members (the submissions themselves are contributions in the archive), and the rounds of a
-- standing assembly. Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

-- A session of an assembly, on one of the days its commission lists. Attendance
-- (assemblies_attendance, private) is keyed by the same day, so a session and its attendance meet
-- on (assembly, session_date).
CREATE TABLE assemblies_session (
    assembly_id   VARCHAR(60)   NOT NULL,
    session_date  DATE          NOT NULL,
    starts_at     TIME          NOT NULL,
    ends_at       TIME          NOT NULL,
    title_en      VARCHAR(300)  NOT NULL,
    title_cy      VARCHAR(300)  NOT NULL,
    place_en      VARCHAR(1000) NOT NULL DEFAULT '',
    place_cy      VARCHAR(1000) NOT NULL DEFAULT '',
    online_link   VARCHAR(1000) NOT NULL DEFAULT '',
    agenda_en     TEXT          NOT NULL,                    -- JSON: ["item", ...]
    agenda_cy     TEXT          NOT NULL,                    -- JSON: the same items in Welsh
    facilitators  TEXT          NOT NULL,                    -- JSON: ["name (organisation)", ...]
    recordings    TEXT          NOT NULL,                    -- JSON: ["https://...", ...]
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_session_pk PRIMARY KEY (assembly_id, session_date),
    CONSTRAINT assemblies_session_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id) ON DELETE CASCADE,
    CONSTRAINT assemblies_session_times CHECK (ends_at > starts_at)
);

-- Evidence the assembly heard: a speaker, their organisation and declared interests, a summary in
-- both languages and a video link. Slides and documents are files in the platform's store with the
-- owner 'evidence-<id>'.
CREATE TABLE assemblies_evidence (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    assembly_id   VARCHAR(60)   NOT NULL,
    number        INTEGER       NOT NULL,                    -- 1, 2, ... within the assembly: /assemblies/<id>/evidence#evidence-<n>
    session_date  DATE,                                      -- the session it was heard at, if any
    speaker       VARCHAR(300)  NOT NULL,
    organisation  VARCHAR(300)  NOT NULL DEFAULT '',
    interests     VARCHAR(4000) NOT NULL DEFAULT '',         -- declared interests; '' when none were declared
    title_en      VARCHAR(300)  NOT NULL,
    title_cy      VARCHAR(300)  NOT NULL,
    summary_en    TEXT          NOT NULL,
    summary_cy    TEXT          NOT NULL,
    video_link    VARCHAR(1000) NOT NULL DEFAULT '',
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assemblies_evidence_number UNIQUE (assembly_id, number),
    CONSTRAINT assemblies_evidence_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id) ON DELETE CASCADE
);

-- Questions members asked a speaker, and the answers, in the language they were asked in.
CREATE TABLE assemblies_evidence_question (
    evidence_id   VARCHAR(36)   NOT NULL,
    position      INTEGER       NOT NULL,
    language      VARCHAR(5)    NOT NULL,
    question      VARCHAR(4000) NOT NULL,
    answer        TEXT          NOT NULL,
    CONSTRAINT assemblies_evidence_question_pk PRIMARY KEY (evidence_id, position),
    CONSTRAINT assemblies_evidence_question_evidence FOREIGN KEY (evidence_id) REFERENCES assemblies_evidence (id) ON DELETE CASCADE
);

-- Residents' and organisations' submissions that officers passed to members. The submission is a
-- contribution in the archive (container: the assembly); only the officer's mark is kept here.
CREATE TABLE assemblies_submission_passed (
    contribution_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    assembly_id     VARCHAR(60)  NOT NULL,
    passed_on       DATE         NOT NULL,
    passed_by       VARCHAR(200) NOT NULL,
    CONSTRAINT assemblies_submission_passed_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id) ON DELETE CASCADE
);

-- A standing assembly meets in rounds, each on its own question and each an assembly of its own
-- (commissioned as any other). A round after the first carries over some members of the round
-- before (pseudonyms) and draws the rest from its own registrations under the same targets.
CREATE TABLE assemblies_round (
    standing_id     VARCHAR(60)  NOT NULL,                   -- the first round's assembly
    round           INTEGER      NOT NULL,                   -- 2, 3, ...
    assembly_id     VARCHAR(60)  NOT NULL UNIQUE,            -- this round's own assembly
    carried         TEXT         NOT NULL,                   -- JSON: pseudonyms carried over from the round before
    seed            VARCHAR(200),                            -- the public seed of the draw of new members
    drawn           TEXT,                                    -- JSON: pseudonyms newly drawn
    min_probability DOUBLE PRECISION,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    drawn_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assemblies_round_pk PRIMARY KEY (standing_id, round),
    CONSTRAINT assemblies_round_standing FOREIGN KEY (standing_id) REFERENCES assemblies_assembly (id) ON DELETE CASCADE,
    CONSTRAINT assemblies_round_assembly FOREIGN KEY (assembly_id) REFERENCES assemblies_assembly (id) ON DELETE CASCADE
);
