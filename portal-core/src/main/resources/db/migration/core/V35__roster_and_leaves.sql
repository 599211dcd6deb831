-- Who counts as a teacher, month by month: whether the person teaches, their periods on the school's roster
-- (a new period each time a disabled account is enabled again) and their leaves.
ALTER TABLE account ADD COLUMN teaches BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE account SET teaches = TRUE WHERE role = 'TEACHER';

CREATE SEQUENCE roster_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE roster_period (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    joined_on   DATE   NOT NULL,
    left_on     DATE,
    CONSTRAINT ck_roster_period_dates CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX ix_roster_period_account ON roster_period (account_id);

-- Every school account gets one period from 1 September of the school year it was created in; an account disabled
-- before the roster existed left on the day of this upgrade (its disabling day is unknown). The ids are the
-- accounts' negated: the sequence only hands out positive ones.
INSERT INTO roster_period (id, account_id, joined_on, left_on)
SELECT -id, id,
       CAST(CAST(CAST(EXTRACT(YEAR FROM created_at) AS INTEGER)
                 - CASE WHEN EXTRACT(MONTH FROM created_at) >= 9 THEN 0 ELSE 1 END AS VARCHAR(4)) || '-09-01' AS DATE),
       CASE WHEN enabled THEN NULL ELSE CURRENT_DATE END
FROM account WHERE school_id IS NOT NULL;

CREATE SEQUENCE staff_leave_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE staff_leave (
    id          BIGINT       PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    reason      VARCHAR(20)  NOT NULL,
    note        VARCHAR(300),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_staff_leave_dates CHECK (last_day >= first_day)
);
CREATE INDEX ix_staff_leave_account ON staff_leave (account_id);
