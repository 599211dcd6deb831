-- The activity logbook (append-only, hash-chained per scope) and two-factor sign-in.

CREATE SEQUENCE logbook_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE logbook_entry (
    id            BIGINT        NOT NULL PRIMARY KEY,
    scope         VARCHAR(40)   NOT NULL,
    seq_no        BIGINT        NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100),
    action        VARCHAR(100)  NOT NULL,
    target        VARCHAR(300),
    details       VARCHAR(2000),
    ip            VARCHAR(64),
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT uq_logbook_seq UNIQUE (scope, seq_no)
);
CREATE INDEX ix_logbook_time ON logbook_entry (scope, occurred_at);

CREATE TABLE logbook_head (
    scope  VARCHAR(40) NOT NULL PRIMARY KEY,
    seq_no BIGINT      NOT NULL,
    hash   VARCHAR(64) NOT NULL
);

ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
ALTER TABLE account ADD COLUMN backup_codes VARCHAR(1000);
ALTER TABLE school ADD COLUMN require_two_factor BOOLEAN DEFAULT FALSE NOT NULL;
