-- Sending paced to the counters' capacity (issue 14): the pacing a run started with, so that a
-- restart paces as its start did, and what it decided, for its summary. All empty for a run that
-- was not paced (and for runs recorded before pacing existed).
ALTER TABLE renewal_run ADD COLUMN daily_capacity INTEGER;
ALTER TABLE renewal_run ADD COLUMN min_lead VARCHAR(20);
ALTER TABLE renewal_run ADD COLUMN paced_visits BIGINT;
ALTER TABLE renewal_run ADD COLUMN forced_visits BIGINT;
ALTER TABLE renewal_run ADD COLUMN held_letters BIGINT;
ALTER TABLE renewal_run ADD COLUMN held_items BIGINT;
ALTER TABLE renewal_run ADD COLUMN over_capacity BOOLEAN;
