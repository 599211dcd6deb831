-- The event calendar the audit checks news against (II.3.1 "tin tức sự kiện kịp thời"): the district's
-- defaults (school_id NULL), and each school's own lines, which add an event or replace a district one
-- (replaces_id; cancelled = the school does not hold it). event_year NULL means every year.
-- Portable SQL for H2 2.x and PostgreSQL. The sequence starts at 100: EclipseLink takes the first value as the
-- top of the block 51–100, so ids 1–50 stay free for the defaults seeded below.
CREATE SEQUENCE audit_calendar_event_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE audit_calendar_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    school_id    BIGINT       REFERENCES school (id),
    replaces_id  BIGINT       REFERENCES audit_calendar_event (id),
    name         VARCHAR(200) NOT NULL,
    event_month  INTEGER      NOT NULL,
    event_day    INTEGER      NOT NULL,
    event_year   INTEGER,
    search_text  VARCHAR(200) NOT NULL,
    cancelled    BOOLEAN      NOT NULL,
    CONSTRAINT ck_audit_calendar_month CHECK (event_month BETWEEN 1 AND 12),
    CONSTRAINT ck_audit_calendar_day CHECK (event_day BETWEEN 1 AND 31),
    CONSTRAINT uq_audit_calendar_replaces UNIQUE (school_id, replaces_id)
);
CREATE INDEX ix_audit_calendar_school ON audit_calendar_event (school_id);

-- The district's defaults: the calendar the audit had built in before this table.
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled)
    VALUES (1, 'Lễ khai giảng năm học mới', 9, 5, NULL, 'khai giảng', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled)
    VALUES (2, 'Ngày Nhà giáo Việt Nam 20/11', 11, 20, NULL, 'nhà giáo', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled)
    VALUES (3, 'Tổng kết năm học', 5, 31, NULL, 'tổng kết', FALSE);
-- The first day of Tết Nguyên đán moves with the lunar calendar.
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (4, 'Tết Nguyên đán', 2, 12, 2021, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (5, 'Tết Nguyên đán', 2, 1, 2022, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (6, 'Tết Nguyên đán', 1, 22, 2023, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (7, 'Tết Nguyên đán', 2, 10, 2024, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (8, 'Tết Nguyên đán', 1, 29, 2025, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (9, 'Tết Nguyên đán', 2, 17, 2026, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (10, 'Tết Nguyên đán', 2, 6, 2027, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (11, 'Tết Nguyên đán', 1, 26, 2028, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (12, 'Tết Nguyên đán', 2, 13, 2029, 'tết', FALSE);
INSERT INTO audit_calendar_event (id, name, event_month, event_day, event_year, search_text, cancelled) VALUES (13, 'Tết Nguyên đán', 2, 3, 2030, 'tết', FALSE);
