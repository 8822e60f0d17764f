-- Issue 10 (DESIGN.md §2 "Which date is told", "Which card item"): items are scheduled and told
-- on the earlier of their recorded and computed expiry, certificates computed against the card's
-- effective date; STAY letters say whether the stay was renewed; dates that differ are listed.

-- The date an item is told on: the earlier of expires_on (what the card says) and
-- computed_expires_on (what the rules give). Stored, so the nightly selection reads one index
-- range, as before on expires_on. Written by the import with the two dates it is derived from.
ALTER TABLE card ADD COLUMN effective_expires_on DATE;
UPDATE card SET effective_expires_on =
  CASE WHEN computed_expires_on < expires_on THEN computed_expires_on ELSE expires_on END;
-- nothing else reads a range of card.expires_on: the selection and the expired count moved to the
-- told date
DROP INDEX ix_card_expiry_status;
CREATE INDEX ix_card_effective_expiry ON card (effective_expires_on, card_status);

-- A certificate never outlives its card's told date: computed against it, and told on the
-- earliest of the three. (ix_certificate_expiry_status stays: the CRL leaves out certificates by
-- the date they really expire.)
ALTER TABLE certificate ADD COLUMN effective_expires_on DATE;
UPDATE certificate SET computed_expires_on = (
  SELECT CASE WHEN c.effective_expires_on < certificate.computed_expires_on
              THEN c.effective_expires_on ELSE certificate.computed_expires_on END
  FROM card c WHERE c.card_id = certificate.card_id);
UPDATE certificate SET effective_expires_on =
  CASE WHEN computed_expires_on < expires_on THEN computed_expires_on ELSE expires_on END;
CREATE INDEX ix_certificate_effective_expiry ON certificate (effective_expires_on);

-- A STAY letter: whether the period of stay was still to be renewed when the letter was written
-- (NOT_YET_RENEWED), was already renewed (RENEWED, with its new end) or the status no longer has
-- a period of stay (STATUS_WITHOUT_PERIOD). Null for letters without a STAY item.
ALTER TABLE letter ADD COLUMN stay_case VARCHAR(24);
ALTER TABLE letter ADD COLUMN stay_now_ends_on DATE;

-- The two dates behind a notice's told date, so the clerk's list of items whose dates differ is
-- the same on every rewrite of a run's export. Null for notices written before this version.
ALTER TABLE notice ADD COLUMN recorded_expires_on DATE;
ALTER TABLE notice ADD COLUMN computed_expires_on DATE;

-- Items of a run whose recorded and computed dates differ (told on the earlier), per partition.
ALTER TABLE renewal_progress ADD COLUMN dates_differ BIGINT DEFAULT 0 NOT NULL;

-- A letter with only a STAY item has no renewal window to announce: the card's validity is
-- changed at the counter once the stay is renewed, whenever that is before the card's expiry.
ALTER TABLE letter ALTER COLUMN renewal_opens_on DROP NOT NULL;
