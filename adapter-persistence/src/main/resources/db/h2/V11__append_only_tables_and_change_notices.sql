-- CityGov schema, version 11 (H2). PostgreSQL's V11 makes the append-only tables refuse UPDATE and DELETE with
-- triggers and announces stored consents and projects to the other servers (LISTEN/NOTIFY). The embedded H2 file is
-- opened by one process only and has no such triggers: nothing changes here. (A SELECT keeps the script non-empty.)
SELECT 1;
