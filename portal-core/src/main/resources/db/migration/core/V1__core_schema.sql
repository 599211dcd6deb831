-- Core schema: schools, accounts, sessions, sign-in history, files, the shared content base.
-- Portable SQL for H2 2.x and PostgreSQL. Sequences step by 50 to match the JPA allocation size and start
-- at 50 because EclipseLink reads each value as the top of a block of 50.

CREATE SEQUENCE school_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE professional_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE auth_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE login_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE content_item_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE school (
    id           BIGINT       NOT NULL PRIMARY KEY,
    code         VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    level        VARCHAR(10)  NOT NULL,
    address      VARCHAR(300),
    phone        VARCHAR(50),
    email        VARCHAR(200),
    host_names   VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_school_code UNIQUE (code)
);

CREATE TABLE professional_group (
    id        BIGINT       NOT NULL PRIMARY KEY,
    school_id BIGINT       NOT NULL REFERENCES school (id),
    name      VARCHAR(150) NOT NULL,
    CONSTRAINT uq_group_name UNIQUE (school_id, name)
);

CREATE TABLE account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    school_id            BIGINT       REFERENCES school (id),
    login_scope          VARCHAR(40)  NOT NULL,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(150) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    password_hash        VARCHAR(300) NOT NULL,
    group_id             BIGINT       REFERENCES professional_group (id),
    subjects             VARCHAR(500),
    position             VARCHAR(150),
    email                VARCHAR(200),
    phone                VARCHAR(50),
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_logins        INTEGER      NOT NULL,
    failure_window_start TIMESTAMP WITH TIME ZONE,
    locked_until         TIMESTAMP WITH TIME ZONE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_account_login UNIQUE (login_scope, username)
);
CREATE INDEX ix_account_school ON account (school_id);

CREATE TABLE auth_session (
    id          BIGINT      NOT NULL PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    channel     VARCHAR(10) NOT NULL,
    csrf_token  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ip          VARCHAR(64),
    CONSTRAINT uq_session_token UNIQUE (token_hash)
);
CREATE INDEX ix_session_expiry ON auth_session (expires_at);

CREATE TABLE login_event (
    id          BIGINT       NOT NULL PRIMARY KEY,
    school_id   BIGINT,
    account_id  BIGINT,
    username    VARCHAR(100) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ip          VARCHAR(64),
    channel     VARCHAR(10)  NOT NULL,
    outcome     VARCHAR(20)  NOT NULL
);
CREATE INDEX ix_login_event_school_time ON login_event (school_id, occurred_at);
CREATE INDEX ix_login_event_account_time ON login_event (account_id, occurred_at);

CREATE TABLE attachment (
    id          BIGINT       NOT NULL PRIMARY KEY,
    school_id   BIGINT       NOT NULL REFERENCES school (id),
    sha256      VARCHAR(64)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    media_type  VARCHAR(150) NOT NULL,
    uploaded_by BIGINT       REFERENCES account (id),
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_attachment_sha ON attachment (sha256);
CREATE INDEX ix_attachment_school ON attachment (school_id);

CREATE TABLE content_item (
    id            BIGINT        NOT NULL PRIMARY KEY,
    school_id     BIGINT        NOT NULL REFERENCES school (id),
    type          VARCHAR(40)   NOT NULL,
    category      VARCHAR(150),
    title         VARCHAR(300)  NOT NULL,
    summary       VARCHAR(1000),
    body          VARCHAR(200000),
    author_id     BIGINT        REFERENCES account (id),
    status        VARCHAR(20)   NOT NULL,
    visibility    VARCHAR(10)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    original_date TIMESTAMP WITH TIME ZONE,
    attachment_id BIGINT        REFERENCES attachment (id),
    row_version   BIGINT        NOT NULL
);
CREATE INDEX ix_content_school_type ON content_item (school_id, type, status);
CREATE INDEX ix_content_author ON content_item (author_id);

CREATE TABLE content_attribute (
    content_id BIGINT       NOT NULL REFERENCES content_item (id),
    name       VARCHAR(60)  NOT NULL,
    attr_value VARCHAR(500),
    PRIMARY KEY (content_id, name)
);
