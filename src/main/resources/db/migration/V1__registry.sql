-- The registry (DESIGN.md §1): residents, cards, certificates and the append-only audit log.
-- Written in the SQL that Derby and PostgreSQL share, so one script serves both.

CREATE TABLE resident (
  resident_id       VARCHAR(32)  NOT NULL PRIMARY KEY,
  number_hash       VARCHAR(64)  NOT NULL,
  number_sealed     VARCHAR(80)  NOT NULL,
  family_name       VARCHAR(100) NOT NULL,
  given_name        VARCHAR(100) NOT NULL,
  family_name_kana  VARCHAR(100),
  given_name_kana   VARCHAR(100),
  birth_date        DATE         NOT NULL,
  sex               VARCHAR(1)   NOT NULL,
  postal_code       VARCHAR(8),
  address           VARCHAR(400) NOT NULL,
  nationality       VARCHAR(2)   NOT NULL,
  residence_status  VARCHAR(60),
  stay_expires_on   DATE,
  lang              VARCHAR(2)   NOT NULL,
  email             VARCHAR(254),
  email_consent     BOOLEAN      NOT NULL,
  resident_status   VARCHAR(10)  NOT NULL,
  current_card_id   VARCHAR(32),
  updated_at        TIMESTAMP    NOT NULL,
  import_instance   BIGINT,
  import_line       BIGINT,
  row_version       BIGINT       NOT NULL
);
-- look-up by keyed hash of the Individual Number; unique, so one number is one resident
CREATE UNIQUE INDEX ux_resident_number_hash ON resident (number_hash);

CREATE TABLE card (
  card_id                  VARCHAR(32) NOT NULL PRIMARY KEY,
  resident_id              VARCHAR(32) NOT NULL REFERENCES resident (resident_id),
  application_received_on  DATE,
  issued_on                DATE        NOT NULL,
  expires_on               DATE        NOT NULL,
  computed_expires_on      DATE        NOT NULL,
  card_status              VARCHAR(10) NOT NULL,
  status_changed_at        TIMESTAMP,
  user_cert_serial         VARCHAR(40),
  sign_cert_serial         VARCHAR(40),
  row_version              BIGINT      NOT NULL
);
-- The nightly renewal scan reads a range of expiry dates and keeps active items: one index on
-- both serves it. Separate status indexes would not (three values, not selective) and would slow
-- the import, which pays for every index on every row. Nor is there an index on the referencing
-- columns (card.resident_id, certificate.card_id): residents reach their card and cards their
-- certificates through current_card_id and the *_cert_serial columns, and parents are never
-- deleted, so such an index would only cost the import.
CREATE INDEX ix_card_expiry_status ON card (expires_on, card_status);

CREATE TABLE certificate (
  serial               VARCHAR(40) NOT NULL PRIMARY KEY,
  card_id              VARCHAR(32) NOT NULL REFERENCES card (card_id),
  kind                 VARCHAR(20) NOT NULL,
  issued_on            DATE        NOT NULL,
  expires_on           DATE        NOT NULL,
  computed_expires_on  DATE        NOT NULL,
  cert_status          VARCHAR(10) NOT NULL,
  revocation_reason    VARCHAR(30),
  status_changed_at    TIMESTAMP,
  row_version          BIGINT      NOT NULL
);
CREATE INDEX ix_certificate_expiry_status ON certificate (expires_on, cert_status);

CREATE TABLE audit_event (
  event_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
  occurred_at  TIMESTAMP     NOT NULL,
  principal    VARCHAR(100)  NOT NULL,
  role_name    VARCHAR(30),
  action       VARCHAR(40)   NOT NULL,
  target_type  VARCHAR(20)   NOT NULL,
  target_id    VARCHAR(64)   NOT NULL,
  resident_id  VARCHAR(32),
  reason       VARCHAR(200),
  channel      VARCHAR(40),
  detail       VARCHAR(1000)
);
CREATE INDEX ix_audit_target ON audit_event (target_id);
CREATE INDEX ix_audit_resident ON audit_event (resident_id);
CREATE INDEX ix_audit_occurred_at ON audit_event (occurred_at);

-- Counts of each registry-import partition, updated in the same transaction as the rows they
-- count: exact across crashes and restarts, and a progress view for operators while a job runs.
CREATE TABLE import_progress (
  instance_id         BIGINT    NOT NULL,
  part                INTEGER   NOT NULL,
  read_count          BIGINT    NOT NULL,
  rejected            BIGINT    NOT NULL,
  created             BIGINT    NOT NULL,
  updated             BIGINT    NOT NULL,
  unchanged           BIGINT    NOT NULL,
  anomalies           BIGINT    NOT NULL,
  sign_certs_revoked  BIGINT    NOT NULL,
  cards_superseded    BIGINT    NOT NULL,
  updated_at          TIMESTAMP NOT NULL,
  PRIMARY KEY (instance_id, part)
);
