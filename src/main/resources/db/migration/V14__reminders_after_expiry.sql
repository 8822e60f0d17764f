-- Issue 14, part 3: reminders after expiry (a negative lead time, e.g. leadMonths=3,-1). Derby and
-- PostgreSQL. A reminder is a notice like any other (notice.lead_months holds the negative lead
-- time, so the primary key still allows one per item, expiry and lead time); these columns only
-- count and forecast them.

-- Reminders a run found too late to send (an item more than a month past its reminder date and
-- not reminded), counted when the run is prepared, like expired_never_notified.
ALTER TABLE renewal_run ADD COLUMN reminders_too_late BIGINT DEFAULT 0 NOT NULL;

-- The forecast's calendar marks the night that first tells an item of that expiry (the longest
-- lead time with a night from asOf on, which may lie before the forecast's range): that letter
-- brings the item's counter visits. Before reminders after expiry it was always the longest lead
-- time; an item that expired before asOf is first told by a reminder.
ALTER TABLE forecast_night ADD COLUMN first_letter SMALLINT DEFAULT 0 NOT NULL;
