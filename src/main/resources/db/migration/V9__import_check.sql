-- Issue 11: the registry-import's check before it changes anything. Counts of each partition of
-- the check step, committed with the chunk that counted them (as import_progress), so a check
-- killed mid-way and restarted counts every row once. The check itself writes nothing else.
CREATE TABLE import_check (
  instance_id         BIGINT    NOT NULL,
  part                INTEGER   NOT NULL,
  read_count          BIGINT    NOT NULL,
  rejected            BIGINT    NOT NULL,
  anomalies           BIGINT    NOT NULL,
  touched             BIGINT    NOT NULL,
  residents_changed   BIGINT    NOT NULL,
  sign_certs_revoked  BIGINT    NOT NULL,
  cards_abolished     BIGINT    NOT NULL,
  changes             BIGINT    NOT NULL,
  updated_at          TIMESTAMP NOT NULL,
  PRIMARY KEY (instance_id, part)
);
