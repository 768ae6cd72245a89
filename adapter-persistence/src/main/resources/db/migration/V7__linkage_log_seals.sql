-- CityGov schema, version 7: every batch of the linkage log is sealed in the transaction that stores it.
--
-- Each entry row carries the seal of the batch it was appended in: the signed tree head of the log just after that
-- batch (size, time in epoch milliseconds, root hash in hex, Ed25519 signature in base64), the same head that is
-- stored in linkage_tree_head in the same transaction. A seal is per row, not only in linkage_tree_head, so that
-- deleting the heads does not leave rewritten entries unnamed: every row is covered by its own seal, and a rewritten
-- entry is caught at the first seal that no longer matches. An entry appended by anyone without the key has no
-- valid seal and is covered by no signed head: `citygov log verify` reports it, and the server does not open the log.
--
-- Rows stored before this version have no seal (NULL): they are covered by the heads in linkage_tree_head signed
-- after their commit, as before. A crash between such a commit and its head left entries covered by no head; they
-- stay unverified until an operator checks and seals them (`citygov log seal-tail`).
ALTER TABLE linkage_log ADD COLUMN seal_size BIGINT;
ALTER TABLE linkage_log ADD COLUMN seal_at BIGINT;
ALTER TABLE linkage_log ADD COLUMN seal_root VARCHAR(64);
ALTER TABLE linkage_log ADD COLUMN seal_signature VARCHAR(200);
