-- CityGov schema, version 10: several servers append to one linkage log (issue 16).
--
-- linkage_log_head is the log's end as the database decides it: one row (id 1) holding how many entries the log has
-- and the chain hash of the last one. A server appending a batch locks this row (SELECT ... FOR UPDATE) in the batch's
-- transaction, reads the entries other servers committed since it last looked, numbers, chains and seals its batch
-- after them, inserts the entries and the head, and moves this row, all in one commit. So sequence numbers, chaining and
-- signed tree heads are decided in the database, one batch at a time, whichever server writes it.
CREATE TABLE linkage_log_head (
    id         INTEGER     NOT NULL PRIMARY KEY,
    size       BIGINT      NOT NULL,
    chain_hash VARCHAR(64) NOT NULL,
    CONSTRAINT linkage_log_head_one_row CHECK (id = 1)
);

INSERT INTO linkage_log_head (id, size, chain_hash)
SELECT 1, COUNT(*),
       COALESCE((SELECT chain_hash FROM linkage_log WHERE seq = (SELECT MAX(seq) FROM linkage_log)),
                '0000000000000000000000000000000000000000000000000000000000000000')
FROM linkage_log;

-- The id of the key that signed a head: the first 16 hex digits of SHA-256 over the public key's X.509 encoding. It
-- tells a verifier which of the keys it trusts to check the signature with, so heads signed before a key rotation
-- still verify with the old public key. It is not part of the signed text; a changed id makes the head fail to verify.
-- Heads and seals stored before this version have none (NULL): they verify with any of the trusted keys.
ALTER TABLE linkage_tree_head ADD COLUMN key_id VARCHAR(16);
ALTER TABLE linkage_log ADD COLUMN seal_key_id VARCHAR(16);
