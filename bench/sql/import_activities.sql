-- `rapport import activities FILE` done by SQLite alone: the baseline the import is measured
-- against (bench/run, step 4). This file writes the records; import_activities_derived.sql writes
-- what Rapport writes besides them. See import_accounts.sql for how bench/run runs them.
--
-- Each row becomes an activity: times "2026-11-22T09:30:00Z" as seconds since the epoch, the
-- account taken from the contact or the deal when the row names one (both must exist and not be
-- archived), the owner from owner_email, else the first admin.

CREATE TEMP TABLE bench_import AS
SELECT
    (SELECT MIN(id) FROM app_user WHERE role = 'admin' AND active = 1 AND archived_at IS NULL) AS admin_id,
    CAST(strftime('%s', 'now') AS INTEGER) AS now,
    (SELECT COALESCE(MAX(id), 0) FROM activity) AS last_id_before;

INSERT INTO activity (version, created_at, created_by, updated_at, updated_by,
                      account_id, deal_id, contact_id, kind, direction, subject, body, due_at, done_at, owner_id, outcome)
SELECT
    1, b.now, b.admin_id, b.now, b.admin_id,
    -- As Rapport: the deal's account replaces the row's, then the contact's replaces that.
    COALESCE(contact.account_id, deal.account_id, CAST(NULLIF(s.account_id, '') AS INTEGER)),
    deal.id,
    contact.id,
    s.kind,
    NULLIF(s.direction, ''),
    s.subject,
    NULLIF(s.body, ''),
    CAST(strftime('%s', NULLIF(s.due_at, '')) AS INTEGER),
    CAST(strftime('%s', NULLIF(s.done_at, '')) AS INTEGER),
    COALESCE(owner.id, b.admin_id),
    NULLIF(s.outcome, '')
FROM temp.staging s
CROSS JOIN bench_import b
LEFT JOIN deal ON deal.id = CAST(NULLIF(s.deal_id, '') AS INTEGER) AND deal.archived_at IS NULL
LEFT JOIN contact ON contact.id = CAST(NULLIF(s.contact_id, '') AS INTEGER) AND contact.archived_at IS NULL
LEFT JOIN app_user owner ON owner.email = NULLIF(s.owner_email, '')
ORDER BY s.rowid;
