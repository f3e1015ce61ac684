-- `rapport import accounts FILE` done by SQLite alone: the baseline the import is measured
-- against (bench/run, step 4). This file writes the records; import_accounts_derived.sql writes
-- what Rapport writes besides them. bench/run times a sqlite3 session that runs this file alone,
-- and one that runs both in one transaction.
--
-- bench/run has loaded the CSV into temp.staging (one TEXT column per CSV column, named after the
-- header, with `.import --csv --skip 1`) in a database migrated like Rapport's, with the same
-- users, and opened a transaction. Each row becomes an account in the form Rapport stores it:
-- enums with their defaults, tags "vip;key" as ",vip,key," (so that one tag matches
-- LIKE '%,vip,%'), custom as compact JSON, the owner from owner_email, else the first admin, who
-- is also the creator. It checks less than Rapport does (lengths, e-mail shapes, unknown owners):
-- the generated data is valid, and bench/run compares the row counts of both databases.

-- Who writes, when, and the last id before the import (the derived rows are those of later ids).
CREATE TEMP TABLE bench_import AS
SELECT
    (SELECT MIN(id) FROM app_user WHERE role = 'admin' AND active = 1 AND archived_at IS NULL) AS admin_id,
    CAST(strftime('%s', 'now') AS INTEGER) AS now,
    (SELECT COALESCE(MAX(id), 0) FROM account) AS last_id_before;

INSERT INTO account (version, created_at, created_by, updated_at, updated_by,
                     name, kind, owner_id, status, industry, source, phone, email, website, address, tags, custom)
SELECT
    1, b.now, b.admin_id, b.now, b.admin_id,
    s.name,
    COALESCE(NULLIF(s.kind, ''), 'company'),
    COALESCE(owner.id, b.admin_id),
    COALESCE(NULLIF(s.status, ''), 'prospect'),
    NULLIF(s.industry, ''),
    NULLIF(s.source, ''),
    NULLIF(s.phone, ''),
    NULLIF(s.email, ''),
    NULLIF(s.website, ''),
    NULLIF(s.address, ''),
    CASE WHEN s.tags IS NULL OR trim(s.tags) = '' THEN ''
         ELSE ',' || replace(replace(replace(trim(s.tags), '; ', ';'), ' ;', ';'), ';', ',') || ','
    END,
    COALESCE(json(NULLIF(s.custom, '')), '{}')
FROM temp.staging s
CROSS JOIN bench_import b
LEFT JOIN app_user owner ON owner.email = NULLIF(s.owner_email, '')
ORDER BY s.rowid;
