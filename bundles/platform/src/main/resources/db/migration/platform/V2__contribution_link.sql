-- Where a contribution was said when that is not its container's page: a path in Folkmoot or an
-- https URL on another platform. Empty for none (every contribution before this version).
ALTER TABLE contribution ADD COLUMN link VARCHAR(2000) NOT NULL DEFAULT '';
