-- A school imported under a new code keeps its logbook: each entry stays hashed under the code it was written
-- under (this column; NULL: the scope itself), so the chain verifies and the import is appended to it.
ALTER TABLE logbook_entry ADD COLUMN hashed_scope VARCHAR(40);
