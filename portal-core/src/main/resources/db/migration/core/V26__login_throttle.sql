-- Failed sign-ins are counted per account and source address, so a stranger elsewhere cannot lock the owner out;
-- the per-account counters they replace are dropped.
CREATE SEQUENCE login_throttle_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE login_throttle (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    source       VARCHAR(64) NOT NULL,
    failures     INTEGER     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_login_throttle UNIQUE (account_id, source)
);
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN failure_window_start;
ALTER TABLE account DROP COLUMN locked_until;
