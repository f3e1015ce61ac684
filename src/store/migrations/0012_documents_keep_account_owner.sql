-- Offers and orders keep their account's owner, account_owner_id, beside their own owner_id: a manager sees
-- the documents they own and those on the accounts they own (store/visibility.cpp). Asked through the
-- account ("account_id IN (SELECT id FROM account WHERE owner_id IN …)"), a page of a manager's offers
-- gathered every offer of theirs from two indexes and sorted them all before taking the first fifty
-- (6 of the 8 million instructions of a page at dataset S, and 25 ms for a manager with 30,000 offers).
-- With the owner on the row, a page is two walks in id order, (owner_id, id) and (account_owner_id, id),
-- each stopping at the page's end (store/list_query.hpp), whatever the manager's number of offers.
--
-- The store writes the column with every insert and update of the row, from the account, and a change of
-- an account's owner moves it on the account's documents in the same transaction (service/account_rules).
-- It stays nullable only because SQLite cannot add a NOT NULL column without a default; every row has it.
ALTER TABLE offer ADD COLUMN account_owner_id BIGINT;
UPDATE offer SET account_owner_id = (SELECT account.owner_id FROM account WHERE account.id = offer.account_id);
CREATE INDEX offer_account_owner ON offer (account_owner_id, id);

ALTER TABLE client_order ADD COLUMN account_owner_id BIGINT;
UPDATE client_order
SET account_owner_id = (SELECT account.owner_id FROM account WHERE account.id = client_order.account_id);
CREATE INDEX client_order_account_owner ON client_order (account_owner_id, id);
