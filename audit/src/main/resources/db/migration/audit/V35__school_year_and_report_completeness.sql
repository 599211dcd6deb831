-- The school-year calendar deciding which months the audit scores: the district's defaults (school_id NULL) and
-- each school's own dates, per school year (first_year 2026 = 2026-2027); a month without a teaching day
-- (summer, by default June to August) is "not in session".
CREATE SEQUENCE audit_school_year_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_school_year (
    id          BIGINT  NOT NULL PRIMARY KEY,
    school_id   BIGINT  REFERENCES school (id),
    first_year  INTEGER NOT NULL,
    first_day   DATE    NOT NULL,
    last_day    DATE    NOT NULL,
    tet_first   DATE,
    tet_last    DATE,
    CONSTRAINT uq_audit_school_year UNIQUE (school_id, first_year),
    CONSTRAINT ck_audit_school_year_days CHECK (last_day > first_day),
    CONSTRAINT ck_audit_school_year_tet CHECK ((tet_first IS NULL AND tet_last IS NULL)
        OR (tet_first IS NOT NULL AND tet_last IS NOT NULL AND tet_last >= tet_first))
);

-- A stored report says whether every criterion the school enters had been entered when it was prepared.
ALTER TABLE audit_report ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
