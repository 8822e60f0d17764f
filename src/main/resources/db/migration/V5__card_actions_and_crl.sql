-- The status and suspension API (DESIGN.md §2, §3.4).

-- A loss report and, later, its cancellation at the counter. At most one open (not cancelled)
-- suspension per card: the card row's lock serialises reports and cancellations.
CREATE TABLE card_suspension (
  suspension_id  VARCHAR(36)  NOT NULL PRIMARY KEY,
  card_id        VARCHAR(32)  NOT NULL REFERENCES card (card_id),
  reason         VARCHAR(10)  NOT NULL,
  channel        VARCHAR(40)  NOT NULL,
  reported_at    TIMESTAMP    NOT NULL,
  suspended_at   TIMESTAMP    NOT NULL,
  suspended_by   VARCHAR(100) NOT NULL,
  cancelled_at   TIMESTAMP,
  cancelled_by   VARCHAR(100)
);
CREATE INDEX ix_card_suspension_card ON card_suspension (card_id);

-- A PIN known to be locked (too many wrong tries); the row goes when the PIN is reset at the
-- counter. History is in the audit log.
CREATE TABLE pin_lock (
  card_id    VARCHAR(32) NOT NULL REFERENCES card (card_id),
  pin        VARCHAR(20) NOT NULL,
  locked_at  TIMESTAMP   NOT NULL,
  PRIMARY KEY (card_id, pin)
);

-- Every CRL issued: its number (increasing, never reused), validity, and the digest of its
-- entries, from which the same CRL is built again byte for byte (RSA PKCS #1 v1.5 signatures are
-- deterministic), so no binary column is needed and one script still serves both databases.
CREATE TABLE crl_issue (
  crl_number      BIGINT      NOT NULL PRIMARY KEY,
  this_update     TIMESTAMP   NOT NULL,
  next_update     TIMESTAMP   NOT NULL,
  entry_count     INTEGER     NOT NULL,
  entries_sha256  VARCHAR(64) NOT NULL
);
