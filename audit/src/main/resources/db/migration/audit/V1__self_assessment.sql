-- The audit's own tables: what the school enters for the criteria the portal cannot measure (with evidence
-- files), and the monthly report prepared on the 20th (a snapshot that later changes never alter).
-- Portable SQL for H2 2.x and PostgreSQL; sequences step by 50 to match the JPA allocation size.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_report_seq START WITH 50 INCREMENT BY 50;

-- A score the school (its board) enters for one criterion of one month, under one rule set.
CREATE TABLE audit_entry (
    id            BIGINT           NOT NULL PRIMARY KEY,
    school_id     BIGINT           NOT NULL REFERENCES school (id),
    rule_set      VARCHAR(40)      NOT NULL,
    audit_month   VARCHAR(7)       NOT NULL,
    school_year   VARCHAR(9)       NOT NULL,
    criterion_id  VARCHAR(20)      NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    remark        VARCHAR(2000)    NOT NULL,
    updated_by    BIGINT           REFERENCES account (id),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_audit_entry UNIQUE (school_id, rule_set, audit_month, criterion_id)
);

-- An evidence file (hồ sơ minh chứng) of an entered criterion: an attachment of the core file store.
CREATE TABLE audit_evidence (
    id             BIGINT      NOT NULL PRIMARY KEY,
    school_id      BIGINT      NOT NULL REFERENCES school (id),
    rule_set       VARCHAR(40) NOT NULL,
    audit_month    VARCHAR(7)  NOT NULL,
    criterion_id   VARCHAR(20) NOT NULL,
    attachment_id  BIGINT      NOT NULL REFERENCES attachment (id),
    uploaded_by    BIGINT      REFERENCES account (id),
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_audit_evidence_month ON audit_evidence (school_id, audit_month);

-- The monthly report of a school, prepared on the 20th: the audit and the self-assessment as they were then.
CREATE TABLE audit_report (
    id              BIGINT           NOT NULL PRIMARY KEY,
    school_id       BIGINT           NOT NULL REFERENCES school (id),
    audit_month     VARCHAR(7)       NOT NULL,
    rule_set        VARCHAR(40)      NOT NULL,
    prepared_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    total           DOUBLE PRECISION NOT NULL,
    max_total       DOUBLE PRECISION NOT NULL,
    grade           VARCHAR(10),
    grade_label     VARCHAR(200)     NOT NULL,
    snapshot        VARCHAR(1000000) NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE,
    published_by    BIGINT           REFERENCES account (id),
    CONSTRAINT uq_audit_report UNIQUE (school_id, audit_month)
);

-- Each standard's score in a report: what the public page shows once the report is published.
CREATE TABLE audit_report_standard (
    report_id      BIGINT           NOT NULL REFERENCES audit_report (id),
    standard_id    VARCHAR(20)      NOT NULL,
    title          VARCHAR(300)     NOT NULL,
    max_points     DOUBLE PRECISION NOT NULL,
    score          DOUBLE PRECISION NOT NULL,
    meets_minimum  BOOLEAN          NOT NULL,
    sort_order     INTEGER          NOT NULL,
    CONSTRAINT pk_audit_report_standard PRIMARY KEY (report_id, standard_id)
);
