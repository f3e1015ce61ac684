-- What `rapport import contacts` writes besides the contacts (see import_contacts.sql, which runs
-- first in the same transaction): one audit row for the file; and, since an account's search document holds its contacts' names and e-mails, a
-- new document for each account that got contacts (Rapport rewrites it after each contact, here
-- it is written once per account), with its owner. After a large import Rapport merges the
-- full-text index into one segment: so does the end of this file.

-- One audit row for the whole file, as Rapport writes it (action import): the file, the rows read
-- and refused, the records created and the range of their ids (record_id is the first).
INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'import', 'contacts', min(c.id),
    json_object(
        'file', 'contacts.csv', 'sha256', '', 'rows', count(*), 'refused', 0, 'records', count(*),
        'ids', json_object('from', CAST(min(c.id) AS TEXT), 'to', CAST(max(c.id) AS TEXT)))
FROM contact c
CROSS JOIN bench_import b
WHERE c.id > b.last_id_before;

CREATE TEMP TABLE bench_touched AS
SELECT DISTINCT account_id AS id FROM contact WHERE id > (SELECT last_id_before FROM bench_import);

DELETE FROM account_search WHERE rowid IN (SELECT id FROM bench_touched);

-- The account's own words, then each contact's first name, last name and e-mail, in id order.
INSERT INTO account_search (rowid, document, owner)
SELECT
    a.id,
    a.name || COALESCE(' ' || a.email, '') || COALESCE(' ' || a.phone, '') || COALESCE(' ' || a.website, '') ||
    COALESCE((SELECT group_concat(part, '')
              FROM (SELECT COALESCE(' ' || c.first_name, '') || ' ' || c.last_name || COALESCE(' ' || c.email, '') AS part
                    FROM contact c
                    WHERE c.account_id = a.id AND c.archived_at IS NULL
                    ORDER BY c.id)), ''),
    CAST(a.owner_id AS TEXT)
FROM account a
JOIN bench_touched t ON t.id = a.id
WHERE a.archived_at IS NULL;

INSERT INTO account_search (account_search) VALUES ('optimize');
