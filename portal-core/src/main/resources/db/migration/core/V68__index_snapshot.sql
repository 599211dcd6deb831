-- The index snapshot every node of a cluster may copy instead of rebuilding from the database (only with a shared
-- directory of its own): the directory under sharedDir/index-snapshots/, the outbox position its index has applied
-- (pruning keeps the events after it) and its schema version. generation grows with each rebuild for the whole
-- cluster: a node whose index is of an older generation replaces it with the snapshot. NULL name: none yet.
CREATE TABLE index_snapshot (
    id              INTEGER     NOT NULL PRIMARY KEY,
    name            VARCHAR(128),
    outbox_position BIGINT,
    schema_version  VARCHAR(32),
    generation      BIGINT      NOT NULL,
    node_id         VARCHAR(64),
    taken_at        TIMESTAMP WITH TIME ZONE
);
INSERT INTO index_snapshot (id, name, outbox_position, schema_version, generation, node_id, taken_at)
VALUES (1, NULL, NULL, NULL, 0, NULL, NULL);
-- One node of a cluster publishes a snapshot at a time.
INSERT INTO cluster_lease (name, holder, held_until) VALUES ('index-snapshot', NULL, NULL);
