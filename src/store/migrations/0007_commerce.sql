-- The commerce collections of the second release (API.md, "Products and prices" and "Offers, orders,
-- hand-off"), and the number series their documents are numbered from.

-- The last number given in each series (a document kind) and calendar year: store/number_series.cpp
-- increments it inside the transaction that writes the document, so a series has no gaps.
CREATE TABLE number_series (
    series TEXT NOT NULL,
    year BIGINT NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE product (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    kind TEXT NOT NULL,
    unit TEXT NOT NULL,
    price_minor BIGINT NOT NULL,
    price_currency TEXT NOT NULL,
    cost_minor BIGINT,
    cost_currency TEXT,
    tax_rate BIGINT NOT NULL,
    active BIGINT NOT NULL
);
-- An SKU names one product among those not archived; an archived one keeps its SKU for old documents.
CREATE UNIQUE INDEX product_sku ON product (sku) WHERE archived_at IS NULL;
CREATE INDEX product_name ON product (name, id);

CREATE TABLE price_list (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    valid_from TEXT,
    valid_to TEXT,
    priority BIGINT NOT NULL
);
CREATE INDEX price_list_name ON price_list (name, id);

-- The lines of a document live in a table of their own, keyed by the document and their place in it; they
-- are written and read with the document (store/line_store.hpp). Money is minor units and currency, a
-- quantity thousandths, a percentage hundredths.
CREATE TABLE price_list_line (
    parent_id BIGINT NOT NULL REFERENCES price_list (id),
    line_no BIGINT NOT NULL,
    product_id BIGINT NOT NULL REFERENCES product (id),
    min_quantity BIGINT NOT NULL,
    price_minor BIGINT,
    price_currency TEXT,
    discount_percent BIGINT,
    PRIMARY KEY (parent_id, line_no)
);
CREATE INDEX price_list_line_product ON price_list_line (product_id);

CREATE TABLE price_list_tier (
    parent_id BIGINT NOT NULL REFERENCES price_list (id),
    line_no BIGINT NOT NULL,
    min_total_minor BIGINT NOT NULL,
    min_total_currency TEXT NOT NULL,
    discount_percent BIGINT NOT NULL,
    PRIMARY KEY (parent_id, line_no)
);
