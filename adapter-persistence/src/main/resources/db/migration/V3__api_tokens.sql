-- CityGov schema, version 3: the HTTP API's bearer tokens, for deployments whose projects live in this database.
-- Only the SHA-256 of a token is kept, never the token. A token is never deleted: revoking it sets revoked_at.
-- active_name is the token's name while it is active and NULL once it is revoked, so the unique constraint on it
-- allows one active token per name (both H2 and PostgreSQL let a unique column hold many NULLs).
CREATE TABLE api_token (
    sha256        VARCHAR(128)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_nanos INTEGER       NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_nanos INTEGER,
    active_name   VARCHAR(200)  UNIQUE
);
