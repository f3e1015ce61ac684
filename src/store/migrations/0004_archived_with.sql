-- Which records an archive took along with another (an account's contacts, deals, activities and every
-- later collection that follows an account), so that restoring the account brings back exactly those,
-- and not the ones archived on their own before it. A row lives from the archive to the restore.
CREATE TABLE archived_with (
    parent_collection TEXT NOT NULL,
    parent_id BIGINT NOT NULL,
    collection TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    PRIMARY KEY (parent_collection, parent_id, collection, record_id)
);
