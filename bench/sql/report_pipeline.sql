-- The pipeline report (GET /api/v1/reports/pipeline) for a director, written by hand: open and
-- closed deals per stage and currency, with their total and their weighted total (amount times
-- probability, divided by 100 and rounded half away from zero, in minor units). The same query
-- src/reports/reports.cpp runs, without visibility conditions (a director sees every deal), and
-- with the rounding done in SQL instead of in C++.
--
--   sqlite3 -readonly bench.db < bench/sql/report_pipeline.sql

SELECT
    stage,
    amount_currency AS currency,
    COUNT(*) AS deals,
    SUM(amount_minor) AS total_minor,
    CASE
        WHEN SUM(amount_minor * probability) >= 0 THEN (SUM(amount_minor * probability) + 50) / 100
        ELSE -((-SUM(amount_minor * probability) + 50) / 100)
    END AS weighted_minor
FROM deal
WHERE archived_at IS NULL
GROUP BY stage, amount_currency
ORDER BY amount_currency, stage;
