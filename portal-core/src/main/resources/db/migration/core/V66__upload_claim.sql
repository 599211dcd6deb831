-- A file entering the shared store is claimed here first, in a transaction of its own; the upload's transaction
-- deletes the claim with the file's row. A claim left behind belongs to an upload that never committed (its node
-- died or it rolled back): the surviving nodes delete its file unless a row or another claim holds it.
CREATE TABLE upload_claim (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    sha256      VARCHAR(64)  NOT NULL,
    node_id     VARCHAR(64)  NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX upload_claim_sha256 ON upload_claim (sha256);
