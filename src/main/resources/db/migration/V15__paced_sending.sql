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

-- The residents whose letters a paced run holds back, for the one statement that takes their
-- first-time items out of the run's candidates (a join on this key, which every database plans
-- well, where an aggregate subquery over rows just written in the same transaction was planned
-- as a nested loop and took minutes). Emptied by the same transaction.
CREATE TABLE renewal_held (
  run_id       BIGINT      NOT NULL,
  resident_id  VARCHAR(32) NOT NULL,
  PRIMARY KEY (run_id, resident_id)
);
