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
-- (Derby indexes foreign keys by itself and says so once, at migration; PostgreSQL needs the
-- explicit indexes below)
-- look-up by keyed hash of the Individual Number; unique, so one number is one resident
CREATE UNIQUE INDEX ux_resident_number_hash ON resident (number_hash);
CREATE INDEX ix_resident_status ON resident (resident_status);

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
-- the nightly renewal scan reads cards by expiry date
CREATE INDEX ix_card_expires_on ON card (expires_on);
CREATE INDEX ix_card_resident ON card (resident_id);
CREATE INDEX ix_card_status ON card (card_status);

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
CREATE INDEX ix_certificate_expires_on ON certificate (expires_on);
CREATE INDEX ix_certificate_card ON certificate (card_id);
CREATE INDEX ix_certificate_status ON certificate (cert_status);

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
