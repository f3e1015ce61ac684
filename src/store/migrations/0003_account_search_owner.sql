-- SQLite's full-text index of accounts gets a second column: the owner's id as one token. A caller who
-- sees only some owners' accounts then matches `document : (words) AND owner : (ids)`, and FTS5 walks
-- the two lists together, instead of looking up the account row of every match of a short prefix
-- (at a million accounts, "mar" alone matches 180,000, of which a manager owns a few hundred).
-- The documents are kept as they are; only the owner is new. PostgreSQL's GIN index is unchanged.
-- @engine sqlite
CREATE VIRTUAL TABLE account_search_with_owner USING fts5 (
    document,
    owner,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO account_search_with_owner (rowid, document, owner)
SELECT account_search.rowid, account_search.document, CAST(account.owner_id AS TEXT)
FROM account_search JOIN account ON account.id = account_search.rowid
ORDER BY account_search.rowid;
DROP TABLE account_search;
ALTER TABLE account_search_with_owner RENAME TO account_search;
