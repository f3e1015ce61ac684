-- What `rapport import deals` writes besides the deals (see import_deals.sql, which runs first in
-- the same transaction): the stages each new deal entered, which the funnel counts, the deal
-- summaries the reports add up, and one audit row for the file.

-- new first, then the stages up to the deal's own; a lost deal went from new straight to lost.
INSERT INTO deal_stage_history (deal_id, stage, entered_at, entered_by)
SELECT d.id, entered.stage, b.now, b.admin_id
FROM deal d
CROSS JOIN bench_import b
JOIN bench_stage current ON current.stage = d.stage
JOIN bench_stage entered
    ON entered.stage = 'new' OR entered.stage = d.stage OR (d.stage <> 'lost' AND entered.position < current.position)
WHERE d.id > b.last_id_before
ORDER BY d.id, entered.position;

-- The company-wide deal summaries (src/store/migrations/0002_deal_summaries.sql, 0005_owner_summaries.sql),
-- added to as the import adds to them: the new deals per slot, stage, currency and probability, and their stage
-- entries per day, stage and slot.
-- A new deal enters no stage twice, so deal_funnel_reentry (and deal_owner_funnel_reentry) gets nothing.
INSERT INTO deal_company_pipeline (slot, stage, amount_currency, probability, deals, amount_minor)
SELECT d.id % 8, d.stage, d.amount_currency, d.probability, COUNT(*), SUM(d.amount_minor)
FROM deal d
CROSS JOIN bench_import b
WHERE d.id > b.last_id_before
GROUP BY d.id % 8, d.stage, d.amount_currency, d.probability
ON CONFLICT (slot, stage, amount_currency, probability) DO UPDATE SET
    deals = deal_company_pipeline.deals + excluded.deals,
    amount_minor = deal_company_pipeline.amount_minor + excluded.amount_minor;

INSERT INTO deal_funnel_summary (day, stage, slot, entries)
SELECT h.entered_at / 86400, h.stage, h.deal_id % 8, COUNT(*)
FROM deal_stage_history h
CROSS JOIN bench_import b
WHERE h.deal_id > b.last_id_before
GROUP BY h.entered_at / 86400, h.stage, h.deal_id % 8
ON CONFLICT (day, stage, slot) DO UPDATE SET entries = deal_funnel_summary.entries + excluded.entries;

-- The same per pair of deal owner and account owner (0005_owner_summaries.sql), which narrower scopes add up.
INSERT INTO deal_owner_pipeline (owner_id, account_owner_id, stage, amount_currency, probability, deals, amount_minor)
SELECT d.owner_id, a.owner_id, d.stage, d.amount_currency, d.probability, COUNT(*), SUM(d.amount_minor)
FROM deal d
JOIN account a ON a.id = d.account_id
CROSS JOIN bench_import b
WHERE d.id > b.last_id_before
GROUP BY d.owner_id, a.owner_id, d.stage, d.amount_currency, d.probability
ON CONFLICT (owner_id, account_owner_id, stage, amount_currency, probability) DO UPDATE SET
    deals = deal_owner_pipeline.deals + excluded.deals,
    amount_minor = deal_owner_pipeline.amount_minor + excluded.amount_minor;

INSERT INTO deal_owner_funnel (owner_id, day, account_owner_id, stage, entries)
SELECT d.owner_id, h.entered_at / 86400, a.owner_id, h.stage, COUNT(*)
FROM deal_stage_history h
JOIN deal d ON d.id = h.deal_id
JOIN account a ON a.id = d.account_id
CROSS JOIN bench_import b
WHERE h.deal_id > b.last_id_before
GROUP BY d.owner_id, h.entered_at / 86400, a.owner_id, h.stage
ON CONFLICT (owner_id, day, account_owner_id, stage) DO UPDATE SET entries = deal_owner_funnel.entries + excluded.entries;

-- One audit row for the whole file, as Rapport writes it (action import): the file, the rows read
-- and refused, the records created and the range of their ids (record_id is the first).
INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'import', 'deals', min(d.id),
    json_object(
        'file', 'deals.csv', 'sha256', '', 'rows', count(*), 'refused', 0, 'records', count(*),
        'ids', json_object('from', CAST(min(d.id) AS TEXT), 'to', CAST(max(d.id) AS TEXT)))
FROM deal d
CROSS JOIN bench_import b
WHERE d.id > b.last_id_before;
