-- What the board sets for its school's public site: the banner's motto and logo, the colour theme, and the
-- order of the menu (keys of sections, comma-separated; sections left out follow in their own order).

CREATE TABLE layer1_site_settings (
    school_id    BIGINT        NOT NULL PRIMARY KEY REFERENCES school (id),
    motto        VARCHAR(300),
    logo_id      BIGINT        REFERENCES attachment (id),
    theme        VARCHAR(20)   NOT NULL,
    menu_order   VARCHAR(4000),
    row_version  BIGINT        NOT NULL
);
