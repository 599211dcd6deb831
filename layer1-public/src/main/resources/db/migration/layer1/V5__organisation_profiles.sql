-- The public profile of a school's staff member on the organisation page (cơ cấu tổ chức): duties, photo and
-- the contact details the person chose to publish. The account itself (name, position, group) stays in core.

CREATE SEQUENCE layer1_org_profile_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE layer1_org_profile (
    id             BIGINT        NOT NULL PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id),
    duties         VARCHAR(1000),
    photo_id       BIGINT        REFERENCES attachment (id),
    public_email   VARCHAR(120),
    public_phone   VARCHAR(30),
    display_order  INTEGER       NOT NULL,
    row_version    BIGINT        NOT NULL,
    CONSTRAINT uq_layer1_org_profile_account UNIQUE (account_id)
);
