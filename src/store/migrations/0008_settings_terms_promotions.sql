-- The company-wide settings, payment terms and promotions (API.md, "Settings" and "Products and prices"), and
-- what an account says of its commercial terms.

-- One row, id 1, holding the settings as their JSON (domain/settings/settings_json.hpp): the members are read and
-- written whole, never queried one by one. No row, or a row without a body, reads as the defaults.
CREATE TABLE settings (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    updated_at BIGINT,
    updated_by BIGINT,
    body TEXT
);

CREATE TABLE payment_term (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    days BIGINT NOT NULL,
    adjust_percent BIGINT NOT NULL,
    min_grade TEXT
);
-- A code names one term among those not archived; accounts and documents name their terms by it.
CREATE UNIQUE INDEX payment_term_code ON payment_term (code) WHERE archived_at IS NULL;

CREATE TABLE promotion (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    min_quantity BIGINT NOT NULL,
    discount_percent BIGINT NOT NULL
);
-- The price engine asks which promotions are in force on a day (starts_on <= day <= ends_on): this index reads
-- from the day onwards among those not yet over, which are few however many have ended before.
CREATE INDEX promotion_in_force ON promotion (ends_on, starts_on) WHERE archived_at IS NULL;
CREATE INDEX promotion_name ON promotion (name, id);

-- The products a promotion is limited to, kept as its lines (store/line_store.hpp); none: every product. The
-- second index answers "which promotions name this product".
CREATE TABLE promotion_product (
    parent_id BIGINT NOT NULL REFERENCES promotion (id),
    line_no BIGINT NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product (id),
    PRIMARY KEY (parent_id, line_no)
);
CREATE INDEX promotion_product_product ON promotion_product (product_id, parent_id);

-- An account's own price list and payment terms (by code), and the language of the documents sent to it.
ALTER TABLE account ADD COLUMN price_list_id BIGINT REFERENCES price_list (id);
ALTER TABLE account ADD COLUMN payment_terms TEXT;
ALTER TABLE account ADD COLUMN language TEXT;
