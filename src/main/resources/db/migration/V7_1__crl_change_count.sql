-- Issue 11: GET /crl serves a cached CRL and reads the certificates again only when a
-- certificate's state may have changed (or half the CRL's validity passed). Whatever changes a
-- certificate's state (the card API, each chunk of the import) adds one to this single row, in its
-- own transaction and as its last write; GET /crl reads the row by its key, not the certificates.
-- The row lives in the database, not in a server's memory, so every server sharing the database
-- sees a change made on any of them.
-- Version 7.1: a V7 is being written beside this one on another branch.
CREATE TABLE crl_change (
  marker_id     INTEGER NOT NULL PRIMARY KEY,
  change_count  BIGINT  NOT NULL
);
INSERT INTO crl_change (marker_id, change_count) VALUES (1, 0);
