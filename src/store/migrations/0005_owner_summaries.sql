-- Deal summaries per pair of owners, from which the pipeline and the funnel of a caller who sees only some
-- owners' records (a manager, a deputy, a head) are added up instead of scanning their deals and stage
-- history. A deal is visible through its own owner or its account's owner (store/visibility.cpp), so each
-- row is keyed by both: the deal's owner_id and its account's current owner, account_owner_id. A caller
-- adds up the rows whose owner_id is in their scope, and the rows whose account_owner_id is in it while
-- owner_id is not: exactly the deals a scan of their scope reads. The service keeps these rows in the
-- transaction of each write of a deal, and of each change of an account's owner (store/deal_summary.cpp);
-- this migration fills them from the deals already there. Only deals not archived count.
--
-- The company-wide funnel tables of 0002 stay for whoever sees everything: added over every pair of
-- owners, these would be several times more rows to read. The company-wide pipeline of 0002, kept per
-- owner, was itself too many rows for the director (15,000 at dataset L: 8 ms to add up alone, 95 ms at
-- p99 under load in bench/results/2026-12-01-sqlite-L-*.md); it gives way to deal_company_pipeline, kept per slot (deal id % 8) as the funnel is:
-- a few hundred rows, while concurrent writers still seldom share one.
DROP TABLE IF EXISTS deal_pipeline_summary;

-- A total may pass the largest BIGINT (SQLite then keeps it as a REAL); PostgreSQL would refuse the
-- write, so it keeps a NUMERIC.
-- @engine sqlite
CREATE TABLE deal_company_pipeline (
    slot BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (slot, stage, amount_currency, probability)
);
CREATE TABLE deal_owner_pipeline (
    owner_id BIGINT NOT NULL,
    account_owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor BIGINT NOT NULL,
    PRIMARY KEY (owner_id, account_owner_id, stage, amount_currency, probability)
);
-- @engine postgres
CREATE TABLE deal_company_pipeline (
    slot BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor NUMERIC NOT NULL,
    PRIMARY KEY (slot, stage, amount_currency, probability)
);
CREATE TABLE deal_owner_pipeline (
    owner_id BIGINT NOT NULL,
    account_owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    deals BIGINT NOT NULL,
    amount_minor NUMERIC NOT NULL,
    PRIMARY KEY (owner_id, account_owner_id, stage, amount_currency, probability)
);
-- @engine all
CREATE INDEX deal_owner_pipeline_account_owner ON deal_owner_pipeline (account_owner_id);

-- Stage entries per pair of owners, day (entered_at / 86400, UTC) and stage. The day comes second in
-- the key, so that a caller's period is one range per owner. No slots as in deal_funnel_summary: writers
-- for one pair of owners on one day are few.
CREATE TABLE deal_owner_funnel (
    owner_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    account_owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    entries BIGINT NOT NULL,
    PRIMARY KEY (owner_id, day, account_owner_id, stage)
);
CREATE INDEX deal_owner_funnel_account_owner ON deal_owner_funnel (account_owner_id, day);

-- Re-entries per pair of owners, as deal_funnel_reentry counts them for everyone.
CREATE TABLE deal_owner_funnel_reentry (
    owner_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    previous_day BIGINT NOT NULL,
    account_owner_id BIGINT NOT NULL,
    stage TEXT NOT NULL,
    entries BIGINT NOT NULL,
    PRIMARY KEY (owner_id, day, previous_day, account_owner_id, stage)
);
CREATE INDEX deal_owner_funnel_reentry_account_owner ON deal_owner_funnel_reentry (account_owner_id, day);

INSERT INTO deal_company_pipeline (slot, stage, amount_currency, probability, deals, amount_minor)
SELECT id % 8, stage, amount_currency, probability, COUNT(*), SUM(amount_minor)
FROM deal
WHERE archived_at IS NULL
GROUP BY id % 8, stage, amount_currency, probability;

INSERT INTO deal_owner_pipeline (owner_id, account_owner_id, stage, amount_currency, probability, deals,
                                 amount_minor)
SELECT deal.owner_id, account.owner_id, deal.stage, deal.amount_currency, deal.probability, COUNT(*),
       SUM(deal.amount_minor)
FROM deal
JOIN account ON account.id = deal.account_id
WHERE deal.archived_at IS NULL
GROUP BY deal.owner_id, account.owner_id, deal.stage, deal.amount_currency, deal.probability;

INSERT INTO deal_owner_funnel (owner_id, day, account_owner_id, stage, entries)
SELECT deal.owner_id, h.entered_at / 86400, account.owner_id, h.stage, COUNT(*)
FROM deal_stage_history h
JOIN deal ON deal.id = h.deal_id
JOIN account ON account.id = deal.account_id
WHERE deal.archived_at IS NULL
GROUP BY deal.owner_id, h.entered_at / 86400, account.owner_id, h.stage;

-- The previous entry is the latest of the same deal and stage among the rows written before (lower id).
INSERT INTO deal_owner_funnel_reentry (owner_id, day, previous_day, account_owner_id, stage, entries)
SELECT entry.owner_id, entry.day, entry.previous_at / 86400, entry.account_owner_id, entry.stage, COUNT(*)
FROM (
    SELECT deal.owner_id, account.owner_id AS account_owner_id, h.entered_at / 86400 AS day, h.stage,
           MAX(h.entered_at) OVER (PARTITION BY h.deal_id, h.stage ORDER BY h.id
                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_at
    FROM deal_stage_history h
    JOIN deal ON deal.id = h.deal_id
    JOIN account ON account.id = deal.account_id
    WHERE deal.archived_at IS NULL
) entry
WHERE entry.previous_at IS NOT NULL
GROUP BY entry.owner_id, entry.day, entry.previous_at / 86400, entry.account_owner_id, entry.stage;
