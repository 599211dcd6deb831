-- The school's teaching plan per school year: its classes and who teaches which subject in which class
-- (phân công chuyên môn). Replaced as a whole by the school admin; e-lectures and II.2.2 are checked against it.
CREATE SEQUENCE teaching_class_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE teaching_assignment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE teaching_class (
    id          BIGINT      NOT NULL PRIMARY KEY,
    school_id   BIGINT      NOT NULL REFERENCES school (id),
    school_year VARCHAR(9)  NOT NULL,
    name        VARCHAR(20) NOT NULL,
    grade       INTEGER     NOT NULL,
    CONSTRAINT uq_teaching_class UNIQUE (school_id, school_year, name)
);

CREATE TABLE teaching_assignment (
    id          BIGINT      NOT NULL PRIMARY KEY,
    school_id   BIGINT      NOT NULL REFERENCES school (id),
    school_year VARCHAR(9)  NOT NULL,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    subject     VARCHAR(80) NOT NULL,
    class_name  VARCHAR(20) NOT NULL,
    CONSTRAINT uq_teaching_assignment UNIQUE (school_id, school_year, account_id, subject, class_name)
);
