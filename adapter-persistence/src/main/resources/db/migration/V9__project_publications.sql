-- CityGov schema, version 9: which projects' public pages are published (5.4 (2)), who marked them and when.
-- (Version 9, not 7: versions 7 and 8 are taken by the linkage log's work in progress on another branch.)
CREATE TABLE project_publication (
    project_id     VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES project (id),
    published_by   VARCHAR(2000) NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_nanos INTEGER      NOT NULL
);
