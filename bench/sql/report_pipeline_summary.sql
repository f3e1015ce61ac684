-- The pipeline report for a director as Rapport answers it: from deal_company_pipeline, the totals
-- per slot, stage, currency and probability that every write of a deal keeps (src/store/deal_summary.cpp),
-- instead of the scan of every deal in report_pipeline.sql (the raw baseline the API is compared
-- with). Same columns and rounding as report_pipeline.sql.
--
--   sqlite3 -readonly bench.db < bench/sql/report_pipeline_summary.sql

SELECT
    stage,
    amount_currency AS currency,
    SUM(deals) AS deals,
    SUM(amount_minor) AS total_minor,
    CASE
        WHEN SUM(amount_minor * probability) >= 0 THEN (SUM(amount_minor * probability) + 50) / 100
        ELSE -((-SUM(amount_minor * probability) + 50) / 100)
    END AS weighted_minor
FROM deal_company_pipeline
GROUP BY stage, amount_currency
HAVING SUM(deals) <> 0
ORDER BY amount_currency, stage;
