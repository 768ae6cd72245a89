-- CityGov schema, version 1: one dialect-neutral script for H2 (2.x) and PostgreSQL (12+).
-- Forward-only: a released migration is never edited; changes come as new versions.

-- The current state of each project. Its described parts are kept as a citygov/1 scenario document (JSON), the public
-- and versioned format; the columns beside it are what queries and people need without parsing it.
CREATE TABLE project (
    id                VARCHAR(200)  NOT NULL PRIMARY KEY,
    name              VARCHAR(2000) NOT NULL,
    version           BIGINT        NOT NULL,
    cycle_step        VARCHAR(40)   NOT NULL,
    cycle_revision    INTEGER       NOT NULL,
    -- how many rows of cycle_transition belong to this version of the project
    cycle_transitions INTEGER       NOT NULL,
    document          TEXT          NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every move of a project's governance cycle, in order (seq from 0). Append-only.
-- Times: the timestamp column (microseconds) for queries and people, happened_nanos the exact nano-of-second.
CREATE TABLE cycle_transition (
    project_id     VARCHAR(200)  NOT NULL REFERENCES project (id),
    seq            INTEGER       NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    from_step      VARCHAR(40)   NOT NULL,
    to_step        VARCHAR(40)   NOT NULL,
    revision       INTEGER       NOT NULL,
    actor          VARCHAR(2000) NOT NULL,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    happened_nanos INTEGER       NOT NULL,
    reason         TEXT          NOT NULL,
    PRIMARY KEY (project_id, seq)
);

-- The audit trail: one entry per successful save, written in the save's transaction, never updated or deleted.
-- document is the project's described parts after the save, so every version of the project can be read back.
CREATE TABLE audit_entry (
    project_id     VARCHAR(200)  NOT NULL REFERENCES project (id),
    version        BIGINT        NOT NULL,
    actor          VARCHAR(2000) NOT NULL,
    happened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    happened_nanos INTEGER       NOT NULL,
    summary        TEXT          NOT NULL,
    cycle_step     VARCHAR(40)   NOT NULL,
    cycle_revision INTEGER       NOT NULL,
    document       TEXT          NOT NULL,
    PRIMARY KEY (project_id, version)
);
