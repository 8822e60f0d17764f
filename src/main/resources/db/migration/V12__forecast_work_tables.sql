-- Issue 14: the renewal forecast's work rows. A forecast writes its calendar of sending nights
-- (which night tells an item of a given expiry under a lead time, computed by the same Java rule
-- as the nightly selection's window) and the cards of its range that end with a period of stay
-- (the birthday rule is Java's), joins them with the registry in SQL, and deletes them again in
-- the same transaction: committed, these tables stay empty. Keyed by a random forecast id, so
-- forecasts at the same time never read each other's rows.
CREATE TABLE forecast_night (
  forecast_id  BIGINT   NOT NULL,
  lead_months  INTEGER  NOT NULL,
  expires_on   DATE     NOT NULL,
  night        DATE     NOT NULL,
  PRIMARY KEY (forecast_id, expires_on, lead_months)
);

CREATE TABLE forecast_stay (
  forecast_id  BIGINT       NOT NULL,
  card_id      VARCHAR(32)  NOT NULL,
  PRIMARY KEY (forecast_id, card_id)
);
