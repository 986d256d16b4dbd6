-- Folkmoot assets module: the asset register, cases (Scottish asset transfer requests, English
-- assets of community value, non-statutory transfers), their timelines, derived deadlines and
-- disposal locks, and the council's calendar edits and configuration.
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain types only.

CREATE TABLE assets_asset (
    uprn               VARCHAR(12)  NOT NULL DEFAULT '',   -- a string: leading zeros matter
    asset_code         VARCHAR(120) NOT NULL DEFAULT '',
    organisation       VARCHAR(200) NOT NULL DEFAULT '',
    organisation_label VARCHAR(40)  NOT NULL DEFAULT '',
    name               VARCHAR(500) NOT NULL DEFAULT '',
    address            VARCHAR(1000) NOT NULL DEFAULT '',
    post_town          VARCHAR(100) NOT NULL DEFAULT '',
    postcode           VARCHAR(10)  NOT NULL DEFAULT '',
    location_crs       VARCHAR(24),                        -- BRITISH_NATIONAL_GRID or WGS84, NULL if unknown
    location_x         DECIMAL(18, 8),                     -- easting, or longitude
    location_y         DECIMAL(18, 8),                     -- northing, or latitude
    tenure_type        VARCHAR(100) NOT NULL DEFAULT '',
    tenure_detail      VARCHAR(200) NOT NULL DEFAULT '',
    holding_type       VARCHAR(200) NOT NULL DEFAULT '',
    current_use        VARCHAR(500) NOT NULL DEFAULT '',
    asset_condition    VARCHAR(500) NOT NULL DEFAULT '',
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assets_asset_pk PRIMARY KEY (uprn, asset_code),
    CONSTRAINT assets_asset_key_present CHECK (uprn <> '' OR asset_code <> '')
);

-- A council's edits to the bundled bank-holiday calendars: 'add' or 'remove' one day.
CREATE TABLE assets_calendar_edit (
    region      VARCHAR(24)  NOT NULL,                     -- SCOTLAND or ENGLAND_AND_WALES
    holiday_date DATE        NOT NULL,
    edit_action VARCHAR(6)   NOT NULL,
    name        VARCHAR(200) NOT NULL DEFAULT '',
    edited_by   VARCHAR(200) NOT NULL DEFAULT '',
    edited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assets_calendar_edit_pk PRIMARY KEY (region, holiday_date),
    CONSTRAINT assets_calendar_edit_action CHECK (edit_action IN ('add', 'remove'))
);

-- Commencement dates configured for rule sets whose date was unknown at release (e.g. the
-- Community Right to Buy). A case stores the rule set id it started under and keeps it.
CREATE TABLE assets_rule_commencement (
    rule_set_id    VARCHAR(60) NOT NULL PRIMARY KEY,
    effective_from DATE        NOT NULL
);

-- Non-statutory transfer pipelines, one stage a line: key | name | ISO-8601 target (P3M).
CREATE TABLE assets_pipeline (
    id      VARCHAR(60)  NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL,
    stages  VARCHAR(10000) NOT NULL
);

CREATE TABLE assets_case (
    id               VARCHAR(40)  NOT NULL PRIMARY KEY,
    kind             VARCHAR(24)  NOT NULL,               -- ASSET_TRANSFER_REQUEST, ASSET_OF_COMMUNITY_VALUE, NON_STATUTORY
    rule_set_id      VARCHAR(60),                         -- NULL for non-statutory transfers
    pipeline_id      VARCHAR(60),                         -- only for non-statutory transfers
    state            VARCHAR(40)  NOT NULL,
    land_uprn        VARCHAR(12)  NOT NULL DEFAULT '',
    land_asset_code  VARCHAR(120) NOT NULL DEFAULT '',
    land_description VARCHAR(1000) NOT NULL DEFAULT '',
    party_name       VARCHAR(300) NOT NULL,              -- community transfer body, nominator or group
    opened_on        DATE         NOT NULL,
    case_version     INTEGER      NOT NULL,              -- optimistic locking: events so far
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assets_case_kind CHECK (kind IN ('ASSET_TRANSFER_REQUEST', 'ASSET_OF_COMMUNITY_VALUE', 'NON_STATUTORY'))
);
CREATE INDEX assets_case_land ON assets_case (land_uprn, land_asset_code);

-- The timeline and audit trail; arguments let a case be rebuilt by replaying its steps.
CREATE TABLE assets_case_event (
    case_id        VARCHAR(40)  NOT NULL,
    seq            INTEGER      NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type     VARCHAR(60)  NOT NULL,
    from_state     VARCHAR(40)  NOT NULL,
    to_state       VARCHAR(40)  NOT NULL,
    effective_date DATE         NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    detail         VARCHAR(4000) NOT NULL DEFAULT '',
    args           VARCHAR(4000) NOT NULL DEFAULT '{}',
    CONSTRAINT assets_case_event_pk PRIMARY KEY (case_id, seq),
    CONSTRAINT assets_case_event_case FOREIGN KEY (case_id) REFERENCES assets_case (id)
);

-- Deadlines derived from each case after every step, for the officers' dashboard.
CREATE TABLE assets_deadline (
    case_id    VARCHAR(40)  NOT NULL,
    deadline_key VARCHAR(60) NOT NULL,
    label      VARCHAR(300) NOT NULL,
    last_day   DATE         NOT NULL,
    owed_by    VARCHAR(24)  NOT NULL,
    basis      VARCHAR(500) NOT NULL DEFAULT '',
    statutory  BOOLEAN      NOT NULL,
    CONSTRAINT assets_deadline_pk PRIMARY KEY (case_id, deadline_key),
    CONSTRAINT assets_deadline_case FOREIGN KEY (case_id) REFERENCES assets_case (id)
);
CREATE INDEX assets_deadline_last_day ON assets_deadline (last_day);

-- Disposal locks on land from live asset transfer requests, shown on the register.
CREATE TABLE assets_disposal_lock (
    case_id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    land_uprn       VARCHAR(12)  NOT NULL DEFAULT '',
    land_asset_code VARCHAR(120) NOT NULL DEFAULT '',
    locked_since    DATE         NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT assets_disposal_lock_case FOREIGN KEY (case_id) REFERENCES assets_case (id)
);
CREATE INDEX assets_disposal_lock_land ON assets_disposal_lock (land_uprn, land_asset_code);
