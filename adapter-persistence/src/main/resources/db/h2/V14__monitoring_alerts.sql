-- CityGov schema, version 14 (H2; PostgreSQL has its own V14 with the append-only triggers of V11): the monitoring
-- alerts of issue 13. Incidents need no table: they live in the platform's citygov-platform/1 document (V12), each
-- change saved with an audit entry.
--
-- One row per alert, inserted once, never updated or deleted. The id is made from the alert's kind, party and the
-- instant of the decision that raised it, so the same alert raised again (a replay of the log, another server
-- watching the same decisions) is refused by the primary key and kept once. assets are the project/asset pairs the
-- party asked for, one per line; baseline is NULL except for VOLUME_ABOVE_BASELINE.
CREATE TABLE monitoring_alert (
    id            VARCHAR(400)  NOT NULL PRIMARY KEY,
    kind          VARCHAR(40)   NOT NULL,
    party         VARCHAR(200)  NOT NULL,
    raised_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_nanos  INTEGER       NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    window_nanos  INTEGER       NOT NULL,
    decisions     BIGINT        NOT NULL,
    baseline      DOUBLE PRECISION,
    assets        TEXT          NOT NULL,
    text          TEXT          NOT NULL
);

CREATE INDEX monitoring_alert_raised ON monitoring_alert (raised_at, id);
