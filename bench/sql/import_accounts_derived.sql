-- What `rapport import accounts` writes besides the accounts (see import_accounts.sql, which runs
-- first in the same transaction): each new account's full-text search document (name, e-mail,
-- phone, website) with its owner, and its audit row, {"field": {"to": value}} for every field as the
-- API shows it. After a large import Rapport merges the full-text index into one segment: so does
-- the end of this file.

INSERT INTO account_search (rowid, document, owner)
SELECT a.id, a.name || COALESCE(' ' || a.email, '') || COALESCE(' ' || a.phone, '') || COALESCE(' ' || a.website, ''),
       CAST(a.owner_id AS TEXT)
FROM account a
WHERE a.id > (SELECT last_id_before FROM bench_import);

INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'create', 'accounts', a.id,
    json_object(
        'name', json_object('to', a.name),
        'kind', json_object('to', a.kind),
        'owner_id', json_object('to', CAST(a.owner_id AS TEXT)),
        'status', json_object('to', a.status),
        'industry', json_object('to', a.industry),
        'source', json_object('to', a.source),
        'phone', json_object('to', a.phone),
        'email', json_object('to', a.email),
        'website', json_object('to', a.website),
        'address', json_object('to', a.address),
        -- ",vip,key," back to ["vip","key"]; tags hold neither quotes nor backslashes here.
        'tags', json_object('to', CASE WHEN a.tags = '' THEN json('[]')
                                       ELSE json('["' || replace(substr(a.tags, 2, length(a.tags) - 2), ',', '","') || '"]')
                                  END),
        'custom', json_object('to', json(a.custom)))
FROM account a
CROSS JOIN bench_import b
WHERE a.id > b.last_id_before
ORDER BY a.id;

INSERT INTO account_search (account_search) VALUES ('optimize');
