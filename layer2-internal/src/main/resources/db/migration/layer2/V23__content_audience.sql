-- The audience of the items filed so far, copied beside each item (core migration V22) for search.
UPDATE content_item SET audience_group_id = (
    SELECT f.audience_group_id FROM layer2_filing f WHERE f.content_id = content_item.id)
WHERE id IN (SELECT content_id FROM layer2_filing WHERE audience = 'GROUP');

INSERT INTO content_audience_account (content_id, account_id)
SELECT content_id, account_id FROM layer2_audience_member;
