-- Layer 1 (public site): categories, the editorial record of news posts (revisions, workflow log),
-- parents' questions. Posts themselves are rows of the core content_item table (type NEWS).
-- Portable SQL for H2 2.x and PostgreSQL; sequences step by 50 to match the JPA allocation size.

CREATE SEQUENCE layer1_category_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_workflow_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE layer1_question_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE layer1_category (
    id          BIGINT       NOT NULL PRIMARY KEY,
    school_id   BIGINT       NOT NULL REFERENCES school (id),
    name        VARCHAR(150) NOT NULL,
    slug        VARCHAR(160) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    prescribed  BOOLEAN      NOT NULL,
    CONSTRAINT uq_layer1_category_slug UNIQUE (school_id, slug),
    CONSTRAINT uq_layer1_category_name UNIQUE (school_id, name)
);

-- Every saved version of a post, numbered from 1 per post; restoring writes a new revision.
CREATE TABLE layer1_revision (
    id          BIGINT        NOT NULL PRIMARY KEY,
    content_id  BIGINT        NOT NULL REFERENCES content_item (id),
    revision_no INTEGER       NOT NULL,
    category    VARCHAR(150),
    title       VARCHAR(300)  NOT NULL,
    summary     VARCHAR(1000),
    body        VARCHAR(200000),
    author_id   BIGINT        REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_layer1_revision UNIQUE (content_id, revision_no)
);

-- Who did what to a post and when (the editorial board's log of articles, "sổ theo dõi tin bài").
CREATE TABLE layer1_workflow_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    content_id   BIGINT       NOT NULL REFERENCES content_item (id),
    action       VARCHAR(20)  NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)  NOT NULL,
    actor_id     BIGINT       NOT NULL REFERENCES account (id),
    note         VARCHAR(2000),
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_layer1_workflow_content ON layer1_workflow_event (content_id);

CREATE TABLE layer1_question (
    id           BIGINT        NOT NULL PRIMARY KEY,
    school_id    BIGINT        NOT NULL REFERENCES school (id),
    asker_name   VARCHAR(150)  NOT NULL,
    contact      VARCHAR(200)  NOT NULL,
    question     VARCHAR(4000) NOT NULL,
    client_ip    VARCHAR(64)   NOT NULL,
    asked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    answer       VARCHAR(8000),
    answered_by  BIGINT        REFERENCES account (id),
    answered_at  TIMESTAMP WITH TIME ZONE,
    in_faq       BOOLEAN       NOT NULL
);
CREATE INDEX ix_layer1_question_school ON layer1_question (school_id, asked_at);
CREATE INDEX ix_layer1_question_ip ON layer1_question (client_ip, asked_at);
