-- CityGov schema, version 11 (PostgreSQL; H2 has its own V11, which does nothing).
--
-- 1. Append-only tables refuse UPDATE, DELETE and TRUNCATE in the database itself, whoever asks: the audit trail
--    (audit_entry, cycle_transition), the linkage log (linkage_log, linkage_tree_head) and the consent events. Only the
--    tables' owner can get round this, by disabling the trigger (ALTER TABLE ... DISABLE TRIGGER), which is itself
--    recorded in the catalogue; servers should run as a role that owns nothing (see citygov db migrate --grant-to).
--    What the owner does anyway is still caught by citygov log verify for the linkage log.
-- 2. Every commit that stores a consent event or a project notifies the channel citygov_changes, so that every server
--    in front of this database recompiles rules and applies consents at once (LISTEN/NOTIFY; servers also poll).

CREATE FUNCTION citygov_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'citygov: % is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'rows of this table are inserted, never updated or deleted';
END
$$;

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON cycle_transition
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON cycle_transition
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON linkage_log
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON linkage_log
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON linkage_tree_head
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON linkage_tree_head
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();

CREATE TRIGGER citygov_append_only BEFORE UPDATE OR DELETE ON consent_event
    FOR EACH ROW EXECUTE FUNCTION citygov_refuse_change();
CREATE TRIGGER citygov_append_only_truncate BEFORE TRUNCATE ON consent_event
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_refuse_change();

CREATE FUNCTION citygov_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('citygov_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER citygov_change_notice AFTER INSERT ON consent_event
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_notify_change();
CREATE TRIGGER citygov_change_notice AFTER INSERT OR UPDATE ON project
    FOR EACH STATEMENT EXECUTE FUNCTION citygov_notify_change();
