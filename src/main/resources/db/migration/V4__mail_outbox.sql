-- E-mail of the renewal letters (sendMail step): one row per letter and address, so a letter is
-- mailed at most once whatever happens to the run. status: PENDING (to send, perhaps after a
-- temporary failure), SENDING (handed to the SMTP server, not yet confirmed), SENT, FAILED
-- (temporary failures until the attempts ran out, or interrupted while SENDING and not repeated)
-- and UNDELIVERABLE (refused permanently).
CREATE TABLE mail_outbox (
  letter_id        VARCHAR(64)  NOT NULL REFERENCES letter (letter_id),
  address          VARCHAR(254) NOT NULL,
  run_id           BIGINT       NOT NULL,
  status           VARCHAR(13)  NOT NULL,
  attempts         INTEGER      NOT NULL,
  next_attempt_at  TIMESTAMP    NOT NULL,
  last_error       VARCHAR(400),
  sent_at          TIMESTAMP,
  PRIMARY KEY (letter_id, address)
);
CREATE INDEX ix_mail_outbox_run ON mail_outbox (run_id, status, letter_id);
