-- Issue 11 (DESIGN.md §4 "Personal data"): the audit trail becomes tamper-evident. Each line
-- carries its place in a hash chain and an HMAC over its content and the line before it (the key
-- is kept apart from the database, see AuditChain). Lines written before this version are chained
-- by the next migration (V8, in Java: it needs the key), which also adds the unique index on the
-- place and, on PostgreSQL, the trigger that refuses UPDATE and DELETE of audit lines.
ALTER TABLE audit_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_event ADD COLUMN chain_hash VARCHAR(64);

-- The chain's head: the last place written and its hash. Every writer updates this one row
-- first, so writers take turns (see AuditLog).
CREATE TABLE audit_chain (
  chain_id   INTEGER     NOT NULL PRIMARY KEY,
  last_seq   BIGINT      NOT NULL,
  last_hash  VARCHAR(64)
);
INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (1, 0, NULL);
