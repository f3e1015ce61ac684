-- The first schema: users and teams, accounts to activities, absences, the audit trail,
-- sessions and login throttling. Portable SQL; lines between "-- @engine NAME" markers apply
-- to that engine only ("-- @engine all" ends such a block). Times are seconds since the epoch
-- (UTC), dates are 'YYYY-MM-DD' text, money is an integer count of minor units and a currency.
-- Every record table has the same bookkeeping columns; archived rows are kept for the audit.

CREATE TABLE team (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    name TEXT NOT NULL,
    head_id BIGINT
);
CREATE UNIQUE INDEX team_name ON team (name) WHERE archived_at IS NULL;

CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    team_id BIGINT REFERENCES team (id),
    level BIGINT NOT NULL,
    active BIGINT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX app_user_email ON app_user (email);
CREATE INDEX app_user_team ON app_user (team_id);

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    status TEXT NOT NULL,
    industry TEXT,
    source TEXT,
    phone TEXT,
    email TEXT,
    website TEXT,
    address TEXT,
    tags TEXT NOT NULL,
    custom TEXT NOT NULL
);
CREATE INDEX account_owner ON account (owner_id, id);
CREATE INDEX account_name ON account (name, id);

CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    account_id BIGINT NOT NULL REFERENCES account (id),
    first_name TEXT,
    last_name TEXT NOT NULL,
    title TEXT,
    email TEXT,
    phone TEXT,
    consent TEXT NOT NULL
);
CREATE INDEX contact_account ON contact (account_id, id);

CREATE TABLE deal (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    account_id BIGINT NOT NULL REFERENCES account (id),
    title TEXT NOT NULL,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    stage TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    amount_currency TEXT NOT NULL,
    probability BIGINT NOT NULL,
    expected_close TEXT,
    closed_at BIGINT,
    lost_reason TEXT,
    competitor_id BIGINT
);
CREATE INDEX deal_account ON deal (account_id, id);
CREATE INDEX deal_owner ON deal (owner_id, stage);
CREATE INDEX deal_stage ON deal (stage);

-- One row each time a deal enters a stage: the funnel counts these.
CREATE TABLE deal_stage_history (
    id INTEGER PRIMARY KEY,
    deal_id BIGINT NOT NULL REFERENCES deal (id),
    stage TEXT NOT NULL,
    entered_at BIGINT NOT NULL,
    entered_by BIGINT NOT NULL
);
CREATE INDEX deal_stage_history_entered ON deal_stage_history (entered_at, deal_id);
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id);

CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    account_id BIGINT REFERENCES account (id),
    deal_id BIGINT REFERENCES deal (id),
    contact_id BIGINT REFERENCES contact (id),
    kind TEXT NOT NULL,
    direction TEXT,
    subject TEXT NOT NULL,
    body TEXT,
    due_at BIGINT,
    done_at BIGINT,
    owner_id BIGINT NOT NULL REFERENCES app_user (id),
    outcome TEXT
);
CREATE INDEX activity_account ON activity (account_id, id);
CREATE INDEX activity_owner_due ON activity (owner_id, due_at);
CREATE INDEX activity_deal ON activity (deal_id);

CREATE TABLE absence (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    created_by BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by BIGINT NOT NULL,
    archived_at BIGINT,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    deputy_id BIGINT NOT NULL REFERENCES app_user (id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX absence_deputy ON absence (deputy_id, ends_on);
CREATE INDEX absence_user ON absence (user_id, ends_on);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    on_behalf_of BIGINT,
    action TEXT NOT NULL,
    collection TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX audit_record ON audit (collection, record_id);
CREATE INDEX audit_user ON audit (user_id, at);

-- Bearer tokens and cookie sessions; only a hash of the token is kept.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES app_user (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX session_user_id ON session (user_id);
CREATE INDEX session_expiry ON session (expires_at);

-- Failed sign-ins, counted per account and per address over a sliding window.
CREATE TABLE login_failure (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failure_email ON login_failure (email, at);
CREATE INDEX login_failure_address ON login_failure (address, at);
CREATE INDEX login_failure_at ON login_failure (at);

-- Full-text search over accounts: name, e-mail, phone, website, and their contacts' names and
-- e-mails, as one document per account kept by the service (service/rule_helpers.cpp). Migration 0003
-- adds the owner to SQLite's index.
-- @engine sqlite
CREATE VIRTUAL TABLE account_search USING fts5 (
    document,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- @engine postgres
CREATE TABLE account_search (
    account_id BIGINT PRIMARY KEY REFERENCES account (id),
    document TEXT NOT NULL,
    document_vector TSVECTOR NOT NULL
);
CREATE INDEX account_search_vector ON account_search USING GIN (document_vector);
-- @engine all
