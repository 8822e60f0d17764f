-- The forecast now reads the registry in one pass and judges nights and STAY cards in Java as the
-- rows stream by (issue 14's benchmark: two aggregate queries over the same items took twice the
-- time of one); its work tables are no longer written.
DROP TABLE forecast_night;
DROP TABLE forecast_stay;
