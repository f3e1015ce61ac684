-- Running totals from which the pipeline and the funnel of a caller who sees everything are added
-- up, instead of scanning every deal and every stage entry. The service keeps them in the same
-- transaction as each write of a deal (store/deal_summary.cpp); this migration fills them from the
-- deals already there. Only deals not archived count, as in the reports.

-- Per owner (so that writers for different owners touch different rows), stage, currency and
-- probability: the deals and their total. The report weighs each row's total by its probability as
-- it adds them up, so that a write never multiplies (an amount near the largest BIGINT times 100
-- would overflow) and the weighted total stays exact to the minor unit.
-- A total may pass the largest BIGINT (SQLite then keeps it as a REAL); PostgreSQL would refuse the
-- write, so it keeps a NUMERIC.
-- @engine sqlite
CREATE TABLE deal_pipeline_summary (
    owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (owner_id, stage, amount_currency, probability)
);
-- @engine postgres
CREATE TABLE deal_pipeline_summary (
    owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor NUMERIC NOT NULL,
    PRIMARY KEY (owner_id, stage, amount_currency, probability)
);
-- @engine all

-- Stage entries per day (entered_at / 86400, UTC) and stage, spread over slots (deal_id % 8) so that
-- concurrent writers of today's entries seldom wait for one another.
CREATE TABLE deal_funnel_summary (
    day BIGINT NOT NULL,
    stage TEXT NOT NULL,
    slot BIGINT NOT NULL,
    entries BIGINT NOT NULL,
    PRIMARY KEY (day, stage, slot)
);

-- Entries of a deal into a stage it had entered before, by their day and the day of the latest entry
-- before them: the funnel counts a deal once per stage in a period, and subtracts the re-entries
-- whose previous entry falls in the period too.
CREATE TABLE deal_funnel_reentry (
    day BIGINT NOT NULL,
    previous_day BIGINT NOT NULL,
    stage TEXT NOT NULL,
    slot BIGINT NOT NULL,
    entries BIGINT NOT NULL,
    PRIMARY KEY (day, previous_day, stage, slot)
);

INSERT INTO deal_pipeline_summary (owner_id, stage, amount_currency, probability, deals, amount_minor)
SELECT owner_id, stage, amount_currency, probability, COUNT(*), SUM(amount_minor)
FROM deal
WHERE archived_at IS NULL
GROUP BY owner_id, stage, amount_currency, probability;

INSERT INTO deal_funnel_summary (day, stage, slot, entries)
SELECT h.entered_at / 86400, h.stage, h.deal_id % 8, COUNT(*)
FROM deal_stage_history h
JOIN deal ON deal.id = h.deal_id
WHERE deal.archived_at IS NULL
GROUP BY h.entered_at / 86400, h.stage, h.deal_id % 8;

-- The previous entry is the latest of the same deal and stage among the rows written before (lower id).
INSERT INTO deal_funnel_reentry (day, previous_day, stage, slot, entries)
SELECT entry.day, entry.previous_at / 86400, entry.stage, entry.slot, COUNT(*)
FROM (
    SELECT h.entered_at / 86400 AS day, h.stage, h.deal_id % 8 AS slot,
           MAX(h.entered_at) OVER (PARTITION BY h.deal_id, h.stage ORDER BY h.id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_at
    FROM deal_stage_history h
    JOIN deal ON deal.id = h.deal_id
    WHERE deal.archived_at IS NULL
) entry
WHERE entry.previous_at IS NOT NULL
GROUP BY entry.day, entry.previous_at / 86400, entry.stage, entry.slot;
