-- Roles that modules declare, granted per account: 'admin', 'resident', or '<module>.<name>'
-- ('*.<name>' for that role in every module). Replaces the closed roles list and the modules list.
CREATE TABLE account_role (
    account_id VARCHAR(100) NOT NULL REFERENCES account (id),
    role_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (account_id, role_id)
);

-- Existing accounts keep what they could do: admins and residents as they were.
INSERT INTO account_role (account_id, role_id)
SELECT a.id, r.name FROM account a
JOIN (VALUES ('admin'), ('resident')) AS r (name) ON ',' || a.roles || ',' LIKE '%,' || r.name || ',%';

-- Officers and facilitators get that role in each module they were given ('*' stays '*').
-- The recursive query splits the comma-separated modules list (portable to H2 and PostgreSQL).
INSERT INTO account_role (account_id, role_id)
WITH RECURSIVE given (account_id, module, rest) AS (
    SELECT id, CAST('' AS VARCHAR(1000)), CAST(modules || ',' AS VARCHAR(1001)) FROM account
    UNION ALL
    SELECT account_id, CAST(SUBSTRING(rest FROM 1 FOR POSITION(',' IN rest) - 1) AS VARCHAR(1000)),
           CAST(SUBSTRING(rest FROM POSITION(',' IN rest) + 1) AS VARCHAR(1001))
    FROM given WHERE rest <> ''
)
SELECT DISTINCT g.account_id, g.module || '.' || r.name
FROM given g JOIN account a ON a.id = g.account_id
JOIN (VALUES ('officer'), ('facilitator')) AS r (name) ON ',' || a.roles || ',' LIKE '%,' || r.name || ',%'
WHERE g.module <> '';

ALTER TABLE account DROP COLUMN roles;
ALTER TABLE account DROP COLUMN modules;

-- Files modules attach to what they own (org.folkmoot.api.files). The bytes are kept in chunks of
-- at most 256 KiB, written and read one chunk at a time, so no file is ever whole in memory on
-- either database (a bytea or H2 BLOB column read in one piece is materialised by the drivers).
CREATE TABLE attachment (
    id VARCHAR(36) PRIMARY KEY,
    module VARCHAR(100) NOT NULL,
    owner VARCHAR(300) NOT NULL,
    filename VARCHAR(300) NOT NULL,
    file_type VARCHAR(10) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    uploader VARCHAR(200) NOT NULL,
    read_role VARCHAR(200) NOT NULL,
    created TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attachment_owner ON attachment (module, owner);
CREATE INDEX attachment_uploader ON attachment (uploader);

CREATE TABLE attachment_chunk (
    attachment_id VARCHAR(36) NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    chunk INT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (attachment_id, chunk)
);
