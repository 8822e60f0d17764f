-- Issue 14, part 4: letters returned undelivered. Derby and PostgreSQL.

-- One row per letter the vendor's or the post office's list reported returned, with the address
-- the letter went to when its return was recorded (the letter may be sent again elsewhere later,
-- see paper_hold). A letter comes back once: the first report is kept. import_instance and
-- import_line name the returned-letters job and line that recorded it.
CREATE TABLE returned_letter (
  letter_id        VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES letter (letter_id),
  resident_id      VARCHAR(32)  NOT NULL,
  returned_on      DATE         NOT NULL,
  reason           VARCHAR(16)  NOT NULL,
  postal_code      VARCHAR(8),
  address          VARCHAR(400) NOT NULL,
  import_instance  BIGINT       NOT NULL,
  import_line      BIGINT       NOT NULL,
  recorded_at      TIMESTAMP    NOT NULL
);
-- a resident's last returned letter (is paper stopped?), for the nightly run and the card API
CREATE INDEX ix_returned_letter_resident ON returned_letter (resident_id, returned_on);

-- The accepted rows of each returned-letters job (newly recorded or already known), by letter:
-- a letter repeated further down the same list is found here, a restarted job recognises the rows
-- it accepted before it was interrupted, and the clerks' list is written from it.
CREATE TABLE returned_import_row (
  instance_id       BIGINT      NOT NULL,
  letter_id         VARCHAR(64) NOT NULL,
  line_no           BIGINT      NOT NULL,
  already_recorded  BOOLEAN     NOT NULL,
  PRIMARY KEY (instance_id, letter_id)
);

-- The counts of a returned-letters job, written when its pass over the file ends (paper_stopped
-- when its clerks' list is written): read = recorded + already_recorded + rejected.
CREATE TABLE returned_import (
  instance_id       BIGINT    NOT NULL PRIMARY KEY,
  read_count        BIGINT    NOT NULL,
  recorded          BIGINT    NOT NULL,
  already_recorded  BIGINT    NOT NULL,
  rejected          BIGINT    NOT NULL,
  header_refused    BOOLEAN   NOT NULL,
  paper_stopped     BIGINT,
  updated_at        TIMESTAMP NOT NULL
);

-- A renewal letter kept out of its run's print export because the resident's last letter came
-- back from the address the registry still holds (hold_state HELD), and, once the registry's
-- address changed, printed by a later run to the new address (PRINTED, printed_run_id). Like
-- mail_outbox.paper_state, only HELD rows are looked at by the next runs.
CREATE TABLE paper_hold (
  letter_id       VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES letter (letter_id),
  run_id          BIGINT      NOT NULL,
  resident_id     VARCHAR(32) NOT NULL,
  hold_state      VARCHAR(8)  NOT NULL,
  printed_run_id  BIGINT,
  held_at         TIMESTAMP   NOT NULL
);
CREATE INDEX ix_paper_hold_state ON paper_hold (hold_state, run_id);
CREATE INDEX ix_paper_hold_printed ON paper_hold (printed_run_id);

-- What a run's writeExport decided about returned letters, with its e-mail decision (V11):
-- withheld_after_return, its letters held; printed_after_address_change, earlier held letters it
-- printed. NULL for runs older than this migration.
ALTER TABLE renewal_run ADD COLUMN withheld_after_return BIGINT;
ALTER TABLE renewal_run ADD COLUMN printed_after_address_change BIGINT;
