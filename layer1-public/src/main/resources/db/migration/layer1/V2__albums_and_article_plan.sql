-- Photo albums (album ảnh) and the editorial board's monthly article plan (kế hoạch viết tin bài).
-- The photos themselves are rows of the core content_item table (type PHOTO, attribute albumId), so search
-- and the audit see them like every other item; an album row only describes the activity.

CREATE SEQUENCE layer1_album_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_plan_topic_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE layer1_album (
    id             BIGINT        NOT NULL PRIMARY KEY,
    school_id      BIGINT        NOT NULL REFERENCES school (id),
    title          VARCHAR(140)  NOT NULL,
    activity_date  DATE          NOT NULL,
    description    VARCHAR(2000),
    cover_id       BIGINT        REFERENCES content_item (id),
    created_by     BIGINT        REFERENCES account (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version    BIGINT        NOT NULL
);
CREATE INDEX ix_layer1_album_school ON layer1_album (school_id, activity_date);

-- One topic of a month's plan, assigned to a writer of the editorial board, fulfilled by a post.
CREATE TABLE layer1_plan_topic (
    id           BIGINT        NOT NULL PRIMARY KEY,
    school_id    BIGINT        NOT NULL REFERENCES school (id),
    plan_month   VARCHAR(7)    NOT NULL,
    topic        VARCHAR(300)  NOT NULL,
    writer_id    BIGINT        NOT NULL REFERENCES account (id),
    deadline     DATE          NOT NULL,
    post_id      BIGINT        REFERENCES content_item (id),
    created_by   BIGINT        REFERENCES account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT        NOT NULL
);
CREATE INDEX ix_layer1_plan_topic_month ON layer1_plan_topic (school_id, plan_month);
