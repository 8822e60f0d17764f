-- Issue 13: several SMTP connections send one run's e-mail. A sender claims a page of PENDING rows
-- in one statement (status CLAIMED, claimed_by its token), then takes each row CLAIMED -> SENDING
-- just before handing it to the mail server, so two senders never take the same row. A CLAIMED row
-- has not reached the mail server: when its sender stops or a crash ends it, the row goes back to
-- PENDING (a SENDING row is in doubt, as before).
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(64);
