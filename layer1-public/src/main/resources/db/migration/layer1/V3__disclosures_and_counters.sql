-- Public disclosures (công khai, Thông tư 09/2024/TT-BGDĐT) and the public site's visit and read counters.
-- Portable SQL for H2 2.x and PostgreSQL; sequences step by 50 to match the JPA allocation size.

-- Every published version of a required disclosure item, numbered from 1 per school, school year and item.
-- Versions are never updated nor deleted: the history is the record the law asks to keep online for 5 years.
CREATE SEQUENCE layer1_disclosure_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE layer1_disclosure_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    school_id     BIGINT        NOT NULL REFERENCES school (id),
    school_year   INTEGER       NOT NULL,
    item_key      VARCHAR(60)   NOT NULL,
    version_no    INTEGER       NOT NULL,
    body          VARCHAR(20000),
    attachment_id BIGINT        REFERENCES attachment (id),
    changed_on    DATE,
    note          VARCHAR(500),
    published_by  BIGINT        NOT NULL REFERENCES account (id),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_layer1_disclosure_version UNIQUE (school_id, school_year, item_key, version_no)
);

-- Site visits per school and day (a visit: one visitor cookie per school and day; bots excluded).
CREATE TABLE layer1_visit_day (
    school_id  BIGINT NOT NULL REFERENCES school (id),
    visit_date DATE   NOT NULL,
    visits     BIGINT NOT NULL,
    PRIMARY KEY (school_id, visit_date)
);

-- Reads of each published item per day (article pages; bots excluded). Kept as history, never reset.
CREATE TABLE layer1_read_day (
    school_id  BIGINT NOT NULL REFERENCES school (id),
    content_id BIGINT NOT NULL,
    read_date  DATE   NOT NULL,
    reads      BIGINT NOT NULL,
    PRIMARY KEY (school_id, content_id, read_date)
);
CREATE INDEX ix_layer1_read_day_school ON layer1_read_day (school_id, read_date);
