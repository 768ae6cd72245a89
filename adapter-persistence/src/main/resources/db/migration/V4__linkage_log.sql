-- CityGov schema, version 4: the tamper-evident data-linkage log (5.4 (3)). Append-only: rows are inserted, never
-- updated or deleted; anyone who does so anyway is caught by `citygov log verify`.
-- (Version 3 belongs to the JDBC token store.)

-- One row per decision or transfer, in sequence from 0 (the leaf index in the RFC 6962 Merkle tree). body is the
-- record's canonical text, leaf_hash = SHA-256(0x00 || body), chain_hash = SHA-256(prev_hash || leaf_hash), in hex.
-- subject is a copy of the body's subject, for a data subject's own listing.
CREATE TABLE linkage_log (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    subject    VARCHAR(2000),
    body       TEXT          NOT NULL,
    leaf_hash  VARCHAR(64)   NOT NULL,
    prev_hash  VARCHAR(64)   NOT NULL,
    chain_hash VARCHAR(64)   NOT NULL
);

CREATE INDEX linkage_log_by_subject ON linkage_log (subject, seq);

-- Signed tree heads: size, time (epoch milliseconds, as signed), root hash (hex), Ed25519 signature (base64).
CREATE TABLE linkage_tree_head (
    tree_size  BIGINT        NOT NULL PRIMARY KEY,
    signed_at  BIGINT        NOT NULL,
    root_hash  VARCHAR(64)   NOT NULL,
    signature  VARCHAR(200)  NOT NULL
);
