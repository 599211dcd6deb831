-- What extraction found in each upload: its text (as a blob of its own), why not, and the authoring software.
ALTER TABLE attachment ADD COLUMN text_sha256 VARCHAR(64);
ALTER TABLE attachment ADD COLUMN text_status VARCHAR(20);
ALTER TABLE attachment ADD COLUMN software VARCHAR(300);
