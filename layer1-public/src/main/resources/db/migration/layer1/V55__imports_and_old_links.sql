-- What was brought in from an older portal (WordPress, NukeViet), so a second import of the same source creates
-- nothing new; the old addresses that answer 301 to the new article pages; the files a post's body shows, which
-- are readable as the post is.

CREATE SEQUENCE layer1_imported_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_old_link_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_post_file_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE layer1_imported (
    id             BIGINT        NOT NULL PRIMARY KEY,
    school_id      BIGINT        NOT NULL REFERENCES school (id),
    source         VARCHAR(20)   NOT NULL,
    external_id    VARCHAR(300)  NOT NULL,
    content_id     BIGINT        REFERENCES content_item (id),
    attachment_id  BIGINT        REFERENCES attachment (id),
    CONSTRAINT uq_layer1_imported UNIQUE (school_id, source, external_id)
);

CREATE TABLE layer1_old_link (
    id             BIGINT        NOT NULL PRIMARY KEY,
    school_id      BIGINT        NOT NULL REFERENCES school (id),
    path           VARCHAR(500)  NOT NULL,
    content_id     BIGINT        NOT NULL REFERENCES content_item (id),
    CONSTRAINT uq_layer1_old_link UNIQUE (school_id, path)
);

CREATE TABLE layer1_post_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    content_id     BIGINT        NOT NULL REFERENCES content_item (id),
    attachment_id  BIGINT        NOT NULL REFERENCES attachment (id),
    CONSTRAINT uq_layer1_post_file UNIQUE (content_id, attachment_id)
);
CREATE INDEX ix_layer1_post_file_attachment ON layer1_post_file (attachment_id);
