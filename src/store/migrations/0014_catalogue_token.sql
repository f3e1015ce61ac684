-- What the price engine reads besides the client and their deals — settings, payment terms, promotions, price
-- lists and products — changes seldom, and a priced document read it anew each time: 8 of the 15 statements of a
-- 20-line offer. A server keeps it between requests instead (service/catalogue.hpp), for as long as this row's
-- token stays the same.
--
-- Every write to one of those tables gives the token a new random value, in the writing transaction, whoever
-- writes (the API, an import, the demo, a hand-written UPDATE): a reader sees a new token exactly when it can see
-- the write. Random rather than counted, so that no two states of a catalogue share a token: a rolled-back
-- write's token never comes back, and two databases served by one process (the tests) never mistake one
-- another's catalogue for their own.
CREATE TABLE catalogue_token (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    token BIGINT NOT NULL
);

-- @engine sqlite
INSERT INTO catalogue_token (id, token) VALUES (1, random());
-- SQLite's triggers run for each row: a write of many rows draws many tokens, the last one stays.
CREATE TRIGGER product_insert_catalogue AFTER INSERT ON product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER product_update_catalogue AFTER UPDATE ON product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER product_delete_catalogue AFTER DELETE ON product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_insert_catalogue AFTER INSERT ON price_list BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_update_catalogue AFTER UPDATE ON price_list BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_delete_catalogue AFTER DELETE ON price_list BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_line_insert_catalogue AFTER INSERT ON price_list_line BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_line_update_catalogue AFTER UPDATE ON price_list_line BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_line_delete_catalogue AFTER DELETE ON price_list_line BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_tier_insert_catalogue AFTER INSERT ON price_list_tier BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_tier_update_catalogue AFTER UPDATE ON price_list_tier BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER price_list_tier_delete_catalogue AFTER DELETE ON price_list_tier BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_insert_catalogue AFTER INSERT ON promotion BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_update_catalogue AFTER UPDATE ON promotion BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_delete_catalogue AFTER DELETE ON promotion BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_product_insert_catalogue AFTER INSERT ON promotion_product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_product_update_catalogue AFTER UPDATE ON promotion_product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER promotion_product_delete_catalogue AFTER DELETE ON promotion_product BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER payment_term_insert_catalogue AFTER INSERT ON payment_term BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER payment_term_update_catalogue AFTER UPDATE ON payment_term BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER payment_term_delete_catalogue AFTER DELETE ON payment_term BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER settings_insert_catalogue AFTER INSERT ON settings BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER settings_update_catalogue AFTER UPDATE ON settings BEGIN UPDATE catalogue_token SET token = random(); END;
CREATE TRIGGER settings_delete_catalogue AFTER DELETE ON settings BEGIN UPDATE catalogue_token SET token = random(); END;

-- @engine postgres
-- random() draws 52 bits; once per statement, however many rows it writes.
INSERT INTO catalogue_token (id, token) VALUES (1, (random() * 4503599627370496)::BIGINT);
CREATE FUNCTION catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE catalogue_token SET token = (random() * 4503599627370496)::BIGINT; RETURN NULL; END $$;
CREATE TRIGGER product_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON product FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER price_list_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON price_list FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER price_list_line_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON price_list_line FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER price_list_tier_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON price_list_tier FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER promotion_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotion FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER promotion_product_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON promotion_product FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER payment_term_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON payment_term FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
CREATE TRIGGER settings_catalogue AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION catalogue_changed();
-- @engine all
