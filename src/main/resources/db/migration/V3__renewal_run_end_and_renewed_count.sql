-- When a run ended (its summary written). A run without it did not finish: its letters are
-- recorded but perhaps not exported, so no other run may start until it is restarted, or given
-- up (abandoned or purged), which takes its unexported letters and notices back.
ALTER TABLE renewal_run ADD COLUMN finished_at TIMESTAMP;

-- Runs recorded before this column existed are taken as ended.
UPDATE renewal_run SET finished_at = started_at;

-- Items no longer current (renewed or reissued) are now judged per resident with the other
-- skips, so they are counted with them, per partition.
ALTER TABLE renewal_progress ADD COLUMN skipped_renewed BIGINT NOT NULL DEFAULT 0;
ALTER TABLE renewal_run DROP COLUMN skipped_renewed;
