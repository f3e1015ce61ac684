-- What `rapport import activities` writes besides the activities (see import_activities.sql, which
-- runs first in the same transaction): each new activity's audit row, {"field": {"to": value}}
-- for every field as the API shows it.

INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'create', 'activities', t.id,
    json_object(
        'account_id', json_object('to', CAST(t.account_id AS TEXT)),
        'deal_id', json_object('to', CAST(t.deal_id AS TEXT)),
        'contact_id', json_object('to', CAST(t.contact_id AS TEXT)),
        'kind', json_object('to', t.kind),
        'direction', json_object('to', t.direction),
        'subject', json_object('to', t.subject),
        'body', json_object('to', t.body),
        'due_at', json_object('to', strftime('%Y-%m-%dT%H:%M:%SZ', t.due_at, 'unixepoch')),
        'done_at', json_object('to', strftime('%Y-%m-%dT%H:%M:%SZ', t.done_at, 'unixepoch')),
        'owner_id', json_object('to', CAST(t.owner_id AS TEXT)),
        'outcome', json_object('to', t.outcome))
FROM activity t
CROSS JOIN bench_import b
WHERE t.id > b.last_id_before
ORDER BY t.id;
