-- The renewal-notices job (DESIGN.md §3.2): its runs, the work list of a run, the letters it
-- writes and the notices that make a second letter for the same item impossible.

-- One row per job instance, with its parameters as resolved when it started: a restart, even
-- days later, works on the same as-of date.
CREATE TABLE renewal_run (
  run_id                  BIGINT       NOT NULL PRIMARY KEY,
  as_of                   DATE         NOT NULL,
  lead_months             VARCHAR(40)  NOT NULL,
  dry_run                 BOOLEAN      NOT NULL,
  export_dir              VARCHAR(400) NOT NULL,
  chunk_size              INTEGER      NOT NULL,
  partitions              INTEGER      NOT NULL,
  started_at              TIMESTAMP    NOT NULL,
  candidates              BIGINT       NOT NULL,
  expired_never_notified  BIGINT       NOT NULL,
  skipped_renewed         BIGINT       NOT NULL,
  export_file             VARCHAR(400),
  exported_rows           BIGINT,
  excluded_letters        INTEGER
);

-- The items due in a run (expiry inside a lead window, no notice yet), chosen set-based when it
-- starts and then read page by page in resident order.
CREATE TABLE renewal_candidate (
  run_id        BIGINT      NOT NULL,
  resident_id   VARCHAR(32) NOT NULL,
  item_type     VARCHAR(4)  NOT NULL,
  item_ref      VARCHAR(40) NOT NULL,
  expires_on    DATE        NOT NULL,
  lead_months   INTEGER     NOT NULL,
  PRIMARY KEY (run_id, resident_id, item_type, item_ref, lead_months)
);

-- One letter per resident and run: what the mailing vendor prints, as it was when written.
CREATE TABLE letter (
  letter_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  run_id                BIGINT       NOT NULL,
  as_of                 DATE         NOT NULL,
  resident_id           VARCHAR(32)  NOT NULL,
  lang                  VARCHAR(2)   NOT NULL,
  postal_code           VARCHAR(8),
  address               VARCHAR(400) NOT NULL,
  addressee             VARCHAR(201) NOT NULL,
  card_expires_on       DATE,
  user_cert_expires_on  DATE,
  sign_cert_expires_on  DATE,
  stay_expires_on       DATE,
  earliest_expires_on   DATE         NOT NULL,
  renewal_opens_on      DATE         NOT NULL,
  created_at            TIMESTAMP    NOT NULL
);
CREATE UNIQUE INDEX ux_letter_run_resident ON letter (run_id, resident_id);

-- One notice per item (a card or certificate), expiry date and lead time: the primary key is
-- the exactly-once guarantee, across restarts, reruns and concurrent runs.
CREATE TABLE notice (
  item_type    VARCHAR(4)  NOT NULL,
  item_ref     VARCHAR(40) NOT NULL,
  expires_on   DATE        NOT NULL,
  lead_months  INTEGER     NOT NULL,
  item_kind    VARCHAR(10) NOT NULL,
  letter_id    VARCHAR(64) NOT NULL REFERENCES letter (letter_id),
  resident_id  VARCHAR(32) NOT NULL,
  created_at   TIMESTAMP   NOT NULL,
  PRIMARY KEY (item_type, item_ref, expires_on, lead_months)
);

-- Counts of each partition of a run, committed with the letters they count.
CREATE TABLE renewal_progress (
  run_id             BIGINT    NOT NULL,
  part               INTEGER   NOT NULL,
  residents          BIGINT    NOT NULL,
  letters            BIGINT    NOT NULL,
  card_items         BIGINT    NOT NULL,
  stay_items         BIGINT    NOT NULL,
  user_cert_items    BIGINT    NOT NULL,
  sign_cert_items    BIGINT    NOT NULL,
  skipped_deceased   BIGINT    NOT NULL,
  skipped_moved_out  BIGINT    NOT NULL,
  skipped_suspended  BIGINT    NOT NULL,
  skipped_abolished  BIGINT    NOT NULL,
  skipped_held       BIGINT    NOT NULL,
  skipped_revoked    BIGINT    NOT NULL,
  skipped_changed    BIGINT    NOT NULL,
  updated_at         TIMESTAMP NOT NULL,
  PRIMARY KEY (run_id, part)
);
