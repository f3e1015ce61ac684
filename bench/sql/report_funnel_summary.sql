-- The funnel report for a director as Rapport answers it: from the daily summaries that every
-- write of a deal keeps (src/store/deal_summary.cpp) instead of the scan of the stage history in
-- report_funnel.sql (the raw baseline the API is compared with). The stage entries in the period,
-- less the re-entries whose previous entry into the same stage is in the period too, count each deal
-- once per stage, as COUNT(DISTINCT deal_id) does. Same parameters and columns as report_funnel.sql.
--
--   sqlite3 -readonly -cmd ".parameter set :from_ts 1732233600" -cmd ".parameter set :to_ts 1763769600" \
--       bench.db < bench/sql/report_funnel_summary.sql

WITH stages (stage, position) AS (
    VALUES ('new', 0), ('qualified', 1), ('proposal', 2), ('negotiation', 3), ('won', 4), ('lost', 5)
),
entered AS (
    SELECT stage, SUM(entries) AS deals
    FROM (
        SELECT stage, entries FROM deal_funnel_summary
        WHERE day >= :from_ts / 86400 AND day < :to_ts / 86400
        UNION ALL
        SELECT stage, -entries FROM deal_funnel_reentry
        WHERE day >= :from_ts / 86400 AND day < :to_ts / 86400 AND previous_day >= :from_ts / 86400
    )
    GROUP BY stage
),
funnel AS (
    SELECT stages.stage, stages.position, COALESCE(entered.deals, 0) AS entered
    FROM stages LEFT JOIN entered ON entered.stage = stages.stage
)
SELECT
    stage,
    entered,
    CASE
        WHEN stage = 'lost' OR previous IS NULL OR previous = 0 THEN NULL
        ELSE printf('%.4f', CAST(entered AS REAL) / previous)
    END AS conversion_from_previous
FROM (SELECT funnel.*, LAG(entered) OVER (ORDER BY position) AS previous FROM funnel)
ORDER BY position;
