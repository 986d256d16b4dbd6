-- Open-data imports as they stand, so that an import under way or finished is still shown after a restart,
-- and one a restart interrupted says so. Saved by the runtime running it about every second (heartbeat);
-- messages are kept as a key of the module's messages and its arguments (JSON), to be shown in either language.
CREATE TABLE decidim_open_data_import (
    import_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    site          VARCHAR(300)  NOT NULL,                 -- https://host
    upload        VARCHAR(300)  NOT NULL,                 -- the file's name as uploaded
    stage         VARCHAR(20)   NOT NULL,                 -- importing, done, failed
    total_rows    BIGINT        NOT NULL,
    rows_read     BIGINT        NOT NULL,
    imported      BIGINT        NOT NULL,
    updated       BIGINT        NOT NULL,
    unchanged     BIGINT        NOT NULL,
    withheld      BIGINT        NOT NULL,
    refused       BIGINT        NOT NULL,
    failure_key   VARCHAR(200)  NOT NULL DEFAULT '',
    failure_args  VARCHAR(4000) NOT NULL DEFAULT '[]',
    started       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished      TIMESTAMP WITH TIME ZONE,
    heartbeat     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX decidim_open_data_import_site ON decidim_open_data_import (site, started);

-- The rows an import refused (the first 1,000), with what to do.
CREATE TABLE decidim_open_data_refusal (
    import_id     VARCHAR(36)   NOT NULL,
    n             INTEGER       NOT NULL,
    file_name     VARCHAR(300)  NOT NULL,
    line          BIGINT        NOT NULL,
    message_key   VARCHAR(200)  NOT NULL,
    message_args  VARCHAR(4000) NOT NULL,
    CONSTRAINT decidim_open_data_refusal_pk PRIMARY KEY (import_id, n)
);
