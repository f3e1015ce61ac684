-- What `rapport import accounts` writes besides the accounts (see import_accounts.sql, which runs
-- first in the same transaction): each new account's full-text search document (name, e-mail,
-- phone, website) with its owner, and one audit row for the file. After a large import Rapport
-- merges the full-text index into one segment: so does the end of this file.

INSERT INTO account_search (rowid, document, owner)
SELECT a.id, a.name || COALESCE(' ' || a.email, '') || COALESCE(' ' || a.phone, '') || COALESCE(' ' || a.website, ''),
       CAST(a.owner_id AS TEXT)
FROM account a
WHERE a.id > (SELECT last_id_before FROM bench_import);

-- One audit row for the whole file, as Rapport writes it (action import): the file, the rows read
-- and refused, the records created and the range of their ids (record_id is the first).
INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'import', 'accounts', min(a.id),
    json_object(
        'file', 'accounts.csv', 'sha256', '', 'rows', count(*), 'refused', 0, 'records', count(*),
        'ids', json_object('from', CAST(min(a.id) AS TEXT), 'to', CAST(max(a.id) AS TEXT)))
FROM account a
CROSS JOIN bench_import b
WHERE a.id > b.last_id_before;

INSERT INTO account_search (account_search) VALUES ('optimize');
