-- CityGov schema, version 9: which projects' public pages are published (5.4 (2)), who marked them and when.
CREATE TABLE project_publication (
    project_id     VARCHAR(200)  NOT NULL PRIMARY KEY REFERENCES project (id),
    published_by   VARCHAR(2000) NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_nanos INTEGER      NOT NULL
);
