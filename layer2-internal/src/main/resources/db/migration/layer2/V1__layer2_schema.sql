-- Layer 2 (internal area): folders (ngăn thư mục), the filing of internal items and e-lectures in them with
-- their audience, and the daily record of who opened Layer 2. The items themselves are rows of the core
-- content_item table (types INTERNAL_NEWS, INTERNAL_DOCUMENT, LECTURE).
-- Portable SQL for H2 2.x and PostgreSQL; sequences step by 50 to match the JPA allocation size.

-- Starts at 100: EclipseLink takes the first value as the top of the block 51–100, so ids 1–50 stay free for
-- the rows seeded below.
CREATE SEQUENCE layer2_prescribed_folder_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE layer2_folder_seq START WITH 50 INCREMENT BY 50;

-- The folders the district prescribes for every school; the four of 003 II.3.2 from the start.
CREATE TABLE layer2_prescribed_folder (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(150) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    CONSTRAINT uq_layer2_prescribed_name UNIQUE (name)
);
INSERT INTO layer2_prescribed_folder (id, name, sort_order) VALUES (1, 'Tin tức nội bộ', 10);
INSERT INTO layer2_prescribed_folder (id, name, sort_order) VALUES (2, 'Tài liệu học', 20);
INSERT INTO layer2_prescribed_folder (id, name, sort_order) VALUES (3, 'Văn bản nội bộ', 30);
INSERT INTO layer2_prescribed_folder (id, name, sort_order) VALUES (4, 'Tài nguyên', 40);

-- A school's folder: a prescribed one (prescribed_id), a group's lesson repository (kind LESSONS, group_id),
-- or one the school made itself, possibly inside another (parent_id).
CREATE TABLE layer2_folder (
    id             BIGINT       NOT NULL PRIMARY KEY,
    school_id      BIGINT       NOT NULL REFERENCES school (id),
    parent_id      BIGINT       REFERENCES layer2_folder (id),
    name           VARCHAR(150) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    prescribed_id  BIGINT       REFERENCES layer2_prescribed_folder (id),
    group_id       BIGINT       REFERENCES professional_group (id),
    sort_order     INTEGER      NOT NULL,
    created_by     BIGINT       REFERENCES account (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_layer2_folder_prescribed UNIQUE (school_id, prescribed_id),
    CONSTRAINT uq_layer2_folder_group UNIQUE (school_id, kind, group_id)
);
CREATE INDEX ix_layer2_folder_school ON layer2_folder (school_id);

-- Where an item is filed and who may see it: all staff, one professional group, or named people.
CREATE TABLE layer2_filing (
    content_id         BIGINT      NOT NULL PRIMARY KEY REFERENCES content_item (id),
    folder_id          BIGINT      NOT NULL REFERENCES layer2_folder (id),
    audience           VARCHAR(10) NOT NULL,
    audience_group_id  BIGINT      REFERENCES professional_group (id)
);
CREATE INDEX ix_layer2_filing_folder ON layer2_filing (folder_id);

CREATE TABLE layer2_audience_member (
    content_id  BIGINT NOT NULL REFERENCES layer2_filing (content_id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (content_id, account_id)
);

-- One row per account and day that opened Layer 2: the audit asks who never does.
CREATE TABLE layer2_visit (
    account_id  BIGINT  NOT NULL REFERENCES account (id),
    school_id   BIGINT  NOT NULL REFERENCES school (id),
    visit_date  DATE    NOT NULL,
    first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (account_id, visit_date)
);
CREATE INDEX ix_layer2_visit_school ON layer2_visit (school_id, visit_date);
