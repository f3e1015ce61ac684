-- `rapport import deals FILE` done by SQLite alone: the baseline the import is measured against
-- (bench/run, step 4). This file writes the records; import_deals_derived.sql writes what Rapport
-- writes besides them. See import_accounts.sql for how bench/run runs them.
--
-- Each row becomes a deal: the amount "1250.00 EUR" as 125000 minor units and "EUR" (with the
-- currency's own number of decimals), the stage (default new) with its default probability unless
-- the row gives one, closed_at stamped now for a deal imported as won or lost, the owner from
-- owner_email, else the account's owner; the account must exist and not be archived.

CREATE TEMP TABLE bench_import AS
SELECT
    (SELECT MIN(id) FROM app_user WHERE role = 'admin' AND active = 1 AND archived_at IS NULL) AS admin_id,
    CAST(strftime('%s', 'now') AS INTEGER) AS now,
    (SELECT COALESCE(MAX(id), 0) FROM deal) AS last_id_before;

-- Minor units per currency where it is not 2 (ISO 4217).
CREATE TEMP TABLE bench_exponent (code TEXT PRIMARY KEY, exponent INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO bench_exponent VALUES
    ('BHD', 3), ('BIF', 0), ('CLP', 0), ('DJF', 0), ('GNF', 0), ('IQD', 3), ('ISK', 0), ('JOD', 3),
    ('JPY', 0), ('KMF', 0), ('KRW', 0), ('KWD', 3), ('LYD', 3), ('OMR', 3), ('PYG', 0), ('RWF', 0),
    ('TND', 3), ('UGX', 0), ('UYI', 0), ('VND', 0), ('VUV', 0), ('XAF', 0), ('XOF', 0), ('XPF', 0);

-- The funnel's stages in order, with the probability a deal gets on entering each.
CREATE TEMP TABLE bench_stage (stage TEXT PRIMARY KEY, position INTEGER NOT NULL, probability INTEGER NOT NULL);
INSERT INTO bench_stage VALUES
    ('new', 0, 10), ('qualified', 1, 25), ('proposal', 2, 50), ('negotiation', 3, 75), ('won', 4, 100), ('lost', 5, 0);

INSERT INTO deal (version, created_at, created_by, updated_at, updated_by,
                  account_id, title, owner_id, stage, amount_minor, amount_currency, probability,
                  expected_close, closed_at, lost_reason, competitor_id)
WITH money AS (
    -- "1250.5 EUR" → number "1250.5", currency "EUR".
    SELECT s.rowid AS line, s.*,
           substr(s.amount, 1, instr(s.amount, ' ') - 1) AS number,
           substr(s.amount, instr(s.amount, ' ') + 1) AS currency
    FROM temp.staging s
),
parsed AS (
    -- The whole part, then the fraction padded to the currency's decimals: "1250" || "50" = 125050.
    SELECT money.*,
           COALESCE(NULLIF(money.stage, ''), 'new') AS stage_name,
           CASE WHEN instr(number, '.') > 0 THEN substr(number, 1, instr(number, '.') - 1) ELSE number END AS whole,
           CASE WHEN instr(number, '.') > 0 THEN substr(number, instr(number, '.') + 1) ELSE '' END AS fraction,
           COALESCE((SELECT exponent FROM bench_exponent WHERE code = money.currency), 2) AS exponent
    FROM money
)
SELECT
    1, b.now, b.admin_id, b.now, b.admin_id,
    a.id,
    p.title,
    COALESCE(owner.id, a.owner_id),
    p.stage_name,
    CAST(p.whole || substr(p.fraction || '000', 1, p.exponent) AS INTEGER),
    p.currency,
    COALESCE(CAST(NULLIF(p.probability, '') AS INTEGER), st.probability),
    NULLIF(p.expected_close, ''),
    CASE WHEN p.stage_name IN ('won', 'lost') THEN b.now END,
    NULLIF(p.lost_reason, ''),
    CAST(NULLIF(p.competitor_id, '') AS INTEGER)
FROM parsed p
CROSS JOIN bench_import b
JOIN account a ON a.id = CAST(p.account_id AS INTEGER) AND a.archived_at IS NULL
JOIN bench_stage st ON st.stage = p.stage_name
LEFT JOIN app_user owner ON owner.email = NULLIF(p.owner_email, '')
ORDER BY p.line;
