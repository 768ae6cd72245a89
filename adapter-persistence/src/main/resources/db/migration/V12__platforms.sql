-- CityGov schema, version 11: stored data platforms (MARKET.md), their audit trail, and their index into the
-- linkage log. One dialect-neutral script for H2 (2.x) and PostgreSQL (12+); forward-only.

-- The current state of each platform. Its market is kept as its citygov-platform/1 document (JSON), the public and
-- versioned format (the same choice as project.document); withdrawals are the offers taken off the listing, a JSON
-- array of {"offer", "at", "by"}. The columns beside them are what queries and people need without parsing.
CREATE TABLE platform (
    id          VARCHAR(200)  NOT NULL PRIMARY KEY,
    name        VARCHAR(2000) NOT NULL,
    operator    VARCHAR(200)  NOT NULL,
    version     BIGINT        NOT NULL,
    document    TEXT          NOT NULL,
    withdrawals TEXT          NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The audit trail: one entry per successful save, written in the save's transaction, never updated or deleted; the
-- actor is the authenticated caller; document and withdrawals are the platform as it stood after the save.
CREATE TABLE platform_audit_entry (
    platform_id    VARCHAR(200)  NOT NULL REFERENCES platform (id),
    version        BIGINT        NOT NULL,
    actor          VARCHAR(2000) NOT NULL,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    happened_nanos INTEGER       NOT NULL,
    summary        TEXT          NOT NULL,
    document       TEXT          NOT NULL,
    withdrawals    TEXT          NOT NULL,
    PRIMARY KEY (platform_id, version)
);

-- Which linkage-log entry records which agreement or delivery decision of a platform: an index, append-only, that
-- only finds entries; what an entry says is read from the log's hashed text.
CREATE TABLE platform_log_receipt (
    platform_id  VARCHAR(200) NOT NULL REFERENCES platform (id),
    seq          BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    offer_id     VARCHAR(200) NOT NULL,
    provider     VARCHAR(200) NOT NULL,
    user_id      VARCHAR(200) NOT NULL,
    agreement_id VARCHAR(200) NOT NULL,
    PRIMARY KEY (platform_id, seq)
);
