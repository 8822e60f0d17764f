-- Issue 13, part 3: e-mail instead of paper (mynacard.mail.replaces-letter). Derby and PostgreSQL.
--
-- mail_outbox.paper_state: NULL, the letter is printed as usual and the e-mail comes besides it;
-- WITHHELD, the letter was left out of its run's print export because this e-mail replaces it,
-- and waits for the e-mail's outcome; EMAILED, the e-mail was SENT, no paper; PRINTED, the e-mail
-- did not arrive (FAILED, UNDELIVERABLE, or never sent by a run that finished without it), and
-- the run printed_run_id printed the letter. Only WITHHELD rows are looked at by the next runs,
-- so the index below stays as small as the e-mails still in question.
ALTER TABLE mail_outbox ADD COLUMN paper_state VARCHAR(8);
ALTER TABLE mail_outbox ADD COLUMN printed_run_id BIGINT;
CREATE INDEX ix_mail_outbox_paper ON mail_outbox (paper_state, run_id);
CREATE INDEX ix_mail_outbox_printed ON mail_outbox (printed_run_id);

-- What a run's writeExport decided, once (a restart reads it back and writes the same files):
-- emailed_instead_of_printed, its letters left out for e-mail (NULL: the setting did not apply
-- to the run); printed_after_email_failed, earlier runs' letters it printed because their e-mail
-- did not arrive (NULL: not decided yet, or a run older than this migration).
ALTER TABLE renewal_run ADD COLUMN emailed_instead_of_printed BIGINT;
ALTER TABLE renewal_run ADD COLUMN printed_after_email_failed BIGINT;
