-- CityGov schema, version 8: who answered a correction request (the authenticated operator), recorded with the answer.
-- Requests answered before this version have no recorded actor; they say so rather than name anyone.
ALTER TABLE correction_request ADD COLUMN answered_by VARCHAR(200);
UPDATE correction_request SET answered_by = '(not recorded: answered before CityGov schema V8)' WHERE state <> 'OPEN';
