-- What `rapport import contacts` writes besides the contacts (see import_contacts.sql, which runs
-- first in the same transaction): each new contact's audit row, {"field": {"to": value}} for
-- every field; and, since an account's search document holds its contacts' names and e-mails, a
-- new document for each account that got contacts (Rapport rewrites it after each contact, here
-- it is written once per account), with its owner. After a large import Rapport merges the
-- full-text index into one segment: so does the end of this file.

INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'create', 'contacts', c.id,
    json_object(
        'account_id', json_object('to', CAST(c.account_id AS TEXT)),
        'first_name', json_object('to', c.first_name),
        'last_name', json_object('to', c.last_name),
        'title', json_object('to', c.title),
        'email', json_object('to', c.email),
        'phone', json_object('to', c.phone),
        'consent', json_object('to', json(c.consent)))
FROM contact c
CROSS JOIN bench_import b
WHERE c.id > b.last_id_before
ORDER BY c.id;

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
