-- Offers and orders keep their account's owner, account_owner_id, beside their own owner_id: a manager sees
-- the documents they own and those on the accounts they own (store/visibility.cpp). Asked through the
-- account ("account_id IN (SELECT id FROM account WHERE owner_id IN …)"), a page of a manager's offers
-- gathered every offer of theirs from two indexes and sorted them all before taking the first fifty
-- (6 of the 8 million instructions of a page at dataset S, and 25 ms for a manager with 30,000 offers).
-- With the owner on the row, a page is two walks in id order, each stopping at the page's end
-- (store/list_query.hpp), whatever the manager's number of offers: the documents they own, by (owner_id, id),
-- and the documents on their accounts that someone else owns, by (account_owner_id, id) among those alone. The
-- second index leaves out the documents owned by their account's owner, most of them, which the first walk
-- finds already: the walk then reads the few a teammate owns instead of every document of the manager's
-- accounts, and the index costs a write only for those few.
--
-- The store writes the column with every insert and update of the row, from the account, and a change of
-- an account's owner moves it on the account's documents in the same transaction (service/account_rules).
-- Since 0013 it is NULL on the rows that their account's owner owns.
ALTER TABLE offer ADD COLUMN account_owner_id BIGINT;
UPDATE offer SET account_owner_id = (SELECT account.owner_id FROM account WHERE account.id = offer.account_id);
CREATE INDEX offer_account_owner ON offer (account_owner_id, id) WHERE owner_id <> account_owner_id;

ALTER TABLE client_order ADD COLUMN account_owner_id BIGINT;
UPDATE client_order
SET account_owner_id = (SELECT account.owner_id FROM account WHERE account.id = client_order.account_id);
CREATE INDEX client_order_account_owner ON client_order (account_owner_id, id)
WHERE owner_id <> account_owner_id;
