-- Who an internal item is addressed to (a professional group, or named accounts; neither: all staff), kept beside
-- the item so that search applies it to every plugin's items. Layer 2 fills it for the items it has filed.
ALTER TABLE content_item ADD COLUMN audience_group_id BIGINT;
ALTER TABLE content_item ADD CONSTRAINT fk_content_item_audience_group
    FOREIGN KEY (audience_group_id) REFERENCES professional_group (id);

CREATE TABLE content_audience_account (
    content_id  BIGINT NOT NULL REFERENCES content_item (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    PRIMARY KEY (content_id, account_id)
);
