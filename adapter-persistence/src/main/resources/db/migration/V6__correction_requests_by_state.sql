-- CityGov schema, version 6: operators list the correction requests in one state (the open ones: their work), oldest
-- filed first, across every subject.
CREATE INDEX correction_request_by_state ON correction_request (state, filed_at, filed_nanos);
