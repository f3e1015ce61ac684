-- `rapport import contacts FILE` done by SQLite alone: the baseline the import is measured
-- against (bench/run, step 4). This file writes the records; import_contacts_derived.sql writes
-- what Rapport writes besides them. See import_accounts.sql for how bench/run runs them.
--
-- Each row becomes a contact (consent as compact JSON) on an account that must exist and not be
-- archived.

CREATE TEMP TABLE bench_import AS
SELECT
    (SELECT MIN(id) FROM app_user WHERE role = 'admin' AND active = 1 AND archived_at IS NULL) AS admin_id,
    CAST(strftime('%s', 'now') AS INTEGER) AS now,
    (SELECT COALESCE(MAX(id), 0) FROM contact) AS last_id_before;

INSERT INTO contact (version, created_at, created_by, updated_at, updated_by,
                     account_id, first_name, last_name, title, email, phone, consent)
SELECT
    1, b.now, b.admin_id, b.now, b.admin_id,
    a.id,
    NULLIF(s.first_name, ''),
    s.last_name,
    NULLIF(s.title, ''),
    NULLIF(s.email, ''),
    NULLIF(s.phone, ''),
    COALESCE(json(NULLIF(s.consent, '')), '{}')
FROM temp.staging s
CROSS JOIN bench_import b
JOIN account a ON a.id = CAST(s.account_id AS INTEGER) AND a.archived_at IS NULL
ORDER BY s.rowid;
