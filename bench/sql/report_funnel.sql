-- The funnel report (GET /api/v1/reports/funnel?from=...&to=...) for a director, written by hand:
-- the deals that entered each stage in [from, to], and the conversion from each stage to the next
-- along new, qualified, proposal, negotiation, won (none for lost, none after an empty stage).
-- The same count src/reports/reports.cpp runs, without visibility conditions (a director sees
-- every deal), and with the conversions computed in SQL instead of in C++.
--
-- Parameters, in seconds since the epoch: :from_ts is the start of the first day, :to_ts the
-- start of the day after the last one.
--   sqlite3 -readonly -cmd ".parameter set :from_ts 1732233600" -cmd ".parameter set :to_ts 1763769600" \
--       bench.db < bench/sql/report_funnel.sql

WITH stages (stage, position) AS (
    VALUES ('new', 0), ('qualified', 1), ('proposal', 2), ('negotiation', 3), ('won', 4), ('lost', 5)
),
entered AS (
    SELECT h.stage, COUNT(DISTINCT h.deal_id) AS deals
    FROM deal_stage_history h
    JOIN deal ON deal.id = h.deal_id
    WHERE h.entered_at >= :from_ts AND h.entered_at < :to_ts AND deal.archived_at IS NULL
    GROUP BY h.stage
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
