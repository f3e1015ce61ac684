-- SQLite's full-text index of accounts reads combining marks as part of a word. unicode61 counted only letters
-- and digits as word characters, so a Devanagari word broke at each vowel sign and virama: "महाराष्ट्र" was
-- indexed as "मह र ष ट र", and typing "मुं" found "महाराष्ट्र" too, from inside a word. With the marks (M*)
-- among the word's characters, a prefix is a prefix again, as PostgreSQL's index has it. The documents are
-- copied as they are; remove_diacritics still folds "Müller" to "muller".
-- @engine sqlite
CREATE VIRTUAL TABLE account_search_with_marks USING fts5 (
    document,
    owner,
    tokenize = 'unicode61 remove_diacritics 2 categories ''L* N* Co M*''',
    prefix = '2 3'
);
INSERT INTO account_search_with_marks (rowid, document, owner)
SELECT rowid, document, owner FROM account_search ORDER BY rowid;
DROP TABLE account_search;
ALTER TABLE account_search_with_marks RENAME TO account_search;
