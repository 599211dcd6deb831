-- Who uploaded an item, beside its author: an admin uploading on a teacher's behalf, or importing history.
-- created_at stays the server's time of the upload; original_date (or published_at) the day it counts for.
ALTER TABLE content_item ADD COLUMN uploaded_by BIGINT REFERENCES account (id);
