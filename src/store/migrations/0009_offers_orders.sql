-- Commercial offers (API.md, "Offers, orders, hand-off"): a document numbered OF-YYYY-NNNNN, with lines priced
-- by the price engine and totals summed from them.
CREATE TABLE offer (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    number TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    deal_id BIGINT REFERENCES deal (id),
    contact_id BIGINT REFERENCES contact (id),
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    currency TEXT NOT NULL,
    payment_terms TEXT,
    valid_until TEXT,
    status TEXT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    subtotal_currency TEXT NOT NULL,
    discount_total_minor BIGINT NOT NULL,
    discount_total_currency TEXT NOT NULL,
    tax_total_minor BIGINT NOT NULL,
    tax_total_currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    total_currency TEXT NOT NULL,
    notes TEXT,
    sent_on TEXT,
    order_id BIGINT,
    decline_reason TEXT,
    revises_id BIGINT REFERENCES offer (id)
);
CREATE UNIQUE INDEX offer_number ON offer (number);
CREATE INDEX offer_account ON offer (account_id, id);
CREATE INDEX offer_owner ON offer (owner_id, id);
CREATE INDEX offer_deal ON offer (deal_id);

CREATE TABLE offer_line (
    parent_id BIGINT NOT NULL REFERENCES offer (id),
    line_no BIGINT NOT NULL,
    product_id BIGINT REFERENCES product (id),
    description TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit TEXT NOT NULL,
    unit_price_minor BIGINT,
    unit_price_currency TEXT,
    manual_discount_percent BIGINT NOT NULL,
    tax_rate BIGINT,
    list_price_minor BIGINT NOT NULL,
    list_price_currency TEXT NOT NULL,
    pricing TEXT NOT NULL,
    net_minor BIGINT NOT NULL,
    net_currency TEXT NOT NULL,
    tax_minor BIGINT NOT NULL,
    tax_currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    total_currency TEXT NOT NULL,
    PRIMARY KEY (parent_id, line_no)
);

-- What a sent document showed, frozen: the JSON of everything it renders from (company details, the client's
-- name and address, the lines as priced), so that it prints the same forever (API.md, "Printable documents").
CREATE TABLE document_snapshot (
    collection TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    taken_at BIGINT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (collection, record_id)
);

-- Orders: "order" is a word of SQL, hence the table's name.
CREATE TABLE client_order (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    number TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    account_name TEXT NOT NULL,
    offer_id BIGINT REFERENCES offer (id),
    deal_id BIGINT REFERENCES deal (id),
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    currency TEXT NOT NULL,
    payment_terms TEXT,
    delivery_address TEXT,
    requested_on TEXT,
    status TEXT NOT NULL,
    subtotal_minor BIGINT NOT NULL,
    subtotal_currency TEXT NOT NULL,
    discount_total_minor BIGINT NOT NULL,
    discount_total_currency TEXT NOT NULL,
    tax_total_minor BIGINT NOT NULL,
    tax_total_currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    total_currency TEXT NOT NULL,
    reservation_status TEXT NOT NULL,
    shipment_status TEXT NOT NULL,
    notes TEXT,
    cancel_reason TEXT
);
CREATE UNIQUE INDEX client_order_number ON client_order (number);
CREATE INDEX client_order_account ON client_order (account_id, id);
CREATE INDEX client_order_owner ON client_order (owner_id, id);
CREATE INDEX client_order_status ON client_order (status, id);

CREATE TABLE order_line (
    parent_id BIGINT NOT NULL REFERENCES client_order (id),
    line_no BIGINT NOT NULL,
    product_id BIGINT REFERENCES product (id),
    description TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    unit TEXT NOT NULL,
    unit_price_minor BIGINT,
    unit_price_currency TEXT,
    manual_discount_percent BIGINT NOT NULL,
    tax_rate BIGINT,
    list_price_minor BIGINT NOT NULL,
    list_price_currency TEXT NOT NULL,
    pricing TEXT NOT NULL,
    net_minor BIGINT NOT NULL,
    net_currency TEXT NOT NULL,
    tax_minor BIGINT NOT NULL,
    tax_currency TEXT NOT NULL,
    total_minor BIGINT NOT NULL,
    total_currency TEXT NOT NULL,
    reserved_quantity BIGINT NOT NULL,
    shipped_quantity BIGINT NOT NULL,
    delivered_quantity BIGINT NOT NULL,
    PRIMARY KEY (parent_id, line_no)
);

-- The hand-off log of an order: who passed it on, reserved, shipped or delivered what, and the problems met.
-- Rows are only ever added; `lines` is the JSON array of {line_no, quantity} an event moved.
CREATE TABLE order_event (
    id INTEGER PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES client_order (id),
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    kind TEXT NOT NULL,
    department TEXT,
    lines TEXT NOT NULL,
    note TEXT
);
CREATE INDEX order_event_order ON order_event (order_id, id);
