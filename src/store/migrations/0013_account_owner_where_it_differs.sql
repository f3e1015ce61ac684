-- A document keeps its account's owner (0012) only where that owner is not its own: NULL otherwise, which the
-- store writes and moves the same way (NULLIF against the row's owner_id). The walk of a manager's list through
-- their accounts (store/list_query.hpp) asks for account_owner_id IN (…) alone, and the engines' statistics of
-- the column then say how few rows that is. With 0012's rows, which all carry the column, PostgreSQL could not
-- know that "account_owner_id = ? AND owner_id <> account_owner_id" is rare (two columns nearly always equal),
-- estimated thousands of rows and walked the primary key over every offer instead of the partial index: 6.6 ms
-- a page at dataset S, where the index answers in 0.02 ms. A row is seen by a caller whose scope holds its
-- owner_id or its account_owner_id, as before.
UPDATE offer SET account_owner_id = NULL WHERE account_owner_id = owner_id;
DROP INDEX offer_account_owner;
CREATE INDEX offer_account_owner ON offer (account_owner_id, id) WHERE account_owner_id IS NOT NULL;

UPDATE client_order SET account_owner_id = NULL WHERE account_owner_id = owner_id;
DROP INDEX client_order_account_owner;
CREATE INDEX client_order_account_owner ON client_order (account_owner_id, id) WHERE account_owner_id IS NOT NULL;
