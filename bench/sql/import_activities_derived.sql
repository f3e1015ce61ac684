-- What `rapport import activities` writes besides the activities (see import_activities.sql, which
-- runs first in the same transaction): one audit row for the file.

-- One audit row for the whole file, as Rapport writes it (action import): the file, the rows read
-- and refused, the records created and the range of their ids (record_id is the first).
INSERT INTO audit (at, user_id, on_behalf_of, action, collection, record_id, changes)
SELECT
    b.now, b.admin_id, NULL, 'import', 'activities', min(t.id),
    json_object(
        'file', 'activities.csv', 'sha256', '', 'rows', count(*), 'refused', 0, 'records', count(*),
        'ids', json_object('from', CAST(min(t.id) AS TEXT), 'to', CAST(max(t.id) AS TEXT)))
FROM activity t
CROSS JOIN bench_import b
WHERE t.id > b.last_id_before;
