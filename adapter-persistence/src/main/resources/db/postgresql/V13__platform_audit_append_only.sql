-- CityGov schema, version 13 (PostgreSQL; H2 has its own V13, which does nothing).
--
-- The platforms' audit trail (platform_audit_entry, added by V12) is append-only like the other audit tables: it
-- refuses UPDATE, DELETE and TRUNCATE in the database itself, whoever asks, with the function V11 created. Only the
-- table's owner can get round this, by disabling the trigger (recorded in the catalogue).
-- (V12's first line calls itself "version 11"; it is left as it is, since Flyway checksums applied scripts, comments
-- included, and changing it would make every database migrated with V12 fail validation.)

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON platform_audit_entry
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON platform_audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();
