-- The set-based baseline of bench/renewal-notices: the same data movement as a renewal-notices
-- run, done by PostgreSQL alone. Choose the due items (current, active cards and certificates of
-- living residents whose told date, the earlier of recorded and computed, lies inside the
-- window, certificates only when they end before their
-- card, no notice yet for that lead time), write one letter per resident and one notice per
-- item (into tables shaped like letter and notice, so indexes and logging cost the same), and
-- copy the export query's rows to a CSV file through psql (as \copy does; \copy itself takes
-- no variables). Variables: as_of, until, lead, csv.
DROP TABLE IF EXISTS baseline_notice, baseline_letter;
CREATE TABLE baseline_letter (LIKE letter INCLUDING ALL);
CREATE TABLE baseline_notice (LIKE notice INCLUDING ALL);

CREATE TEMP TABLE due AS
SELECT c.resident_id, 'CARD' AS item_type, c.card_id AS item_ref,
       c.effective_expires_on AS expires_on, 'CARD' AS kind,
       c.expires_on AS recorded, c.computed_expires_on AS computed
  FROM card c
  JOIN resident r ON r.resident_id = c.resident_id AND r.current_card_id = c.card_id
 WHERE c.effective_expires_on BETWEEN :'as_of' AND :'until'
   AND c.card_status = 'ACTIVE' AND r.resident_status = 'RESIDENT'
   AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CARD' AND n.item_ref = c.card_id
                      AND n.expires_on = c.effective_expires_on AND n.lead_months = :lead)
UNION ALL
SELECT c.resident_id, 'CERT', s.serial, s.effective_expires_on,
       CASE s.kind WHEN 'SIGNATURE' THEN 'SIGN_CERT' ELSE 'USER_CERT' END,
       s.expires_on, s.computed_expires_on
  FROM certificate s
  JOIN card c ON c.card_id = s.card_id
  JOIN resident r ON r.resident_id = c.resident_id AND r.current_card_id = c.card_id
 WHERE s.effective_expires_on BETWEEN :'as_of' AND :'until'
   AND s.effective_expires_on < c.effective_expires_on
   AND (c.user_cert_serial = s.serial OR c.sign_cert_serial = s.serial)
   AND s.cert_status = 'ACTIVE' AND c.card_status = 'ACTIVE' AND r.resident_status = 'RESIDENT'
   AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.item_type = 'CERT' AND n.item_ref = s.serial
                      AND n.expires_on = s.effective_expires_on AND n.lead_months = :lead);

INSERT INTO baseline_letter
SELECT 'B' || d.resident_id, 0, :'as_of', d.resident_id, r.lang, r.postal_code, r.address,
       r.family_name || ' ' || r.given_name,
       MIN(CASE WHEN d.kind = 'CARD' THEN d.expires_on END),
       MIN(CASE WHEN d.kind = 'USER_CERT' THEN d.expires_on END),
       MIN(CASE WHEN d.kind = 'SIGN_CERT' THEN d.expires_on END),
       r.stay_expires_on, MIN(d.expires_on), MIN(d.expires_on) - INTERVAL '3 months',
       LOCALTIMESTAMP
  FROM due d JOIN resident r ON r.resident_id = d.resident_id
 GROUP BY d.resident_id, r.lang, r.postal_code, r.address, r.family_name, r.given_name,
          r.stay_expires_on;

INSERT INTO baseline_notice
SELECT item_type, item_ref, expires_on, :lead, kind, 'B' || resident_id, resident_id,
       LOCALTIMESTAMP, recorded, computed
  FROM due;

\o :csv
COPY (SELECT letter_id, lang, postal_code, address, addressee, card_expires_on, user_cert_expires_on,
             sign_cert_expires_on, stay_expires_on, renewal_opens_on
        FROM baseline_letter ORDER BY letter_id) TO STDOUT WITH (FORMAT csv, HEADER);
\o

SELECT (SELECT COUNT(*) FROM baseline_letter) AS letters, (SELECT COUNT(*) FROM baseline_notice) AS notices;
