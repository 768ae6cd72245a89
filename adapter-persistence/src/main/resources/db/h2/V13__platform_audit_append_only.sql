-- CityGov schema, version 13 (H2). PostgreSQL's V13 makes the platforms' audit trail refuse UPDATE and DELETE with
-- a trigger, as its V11 does for the other append-only tables. The embedded H2 file is opened by one process only and
-- has no such triggers: nothing changes here. (A SELECT keeps the script non-empty.)
SELECT 1;
