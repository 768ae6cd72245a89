-- CityGov schema, version 2: history is queried per project and time range (ViewHistory); without this index such a
-- query scans every entry of the project.
CREATE INDEX audit_entry_by_time ON audit_entry (project_id, happened_at);
