#pragma once

#include "core/result.hpp"
#include "generate/csv_file.hpp"
#include "generate/random.hpp"

#include <span>
#include <string>
#include <string_view>

namespace rapport::bench {

/// How much of a product one offer line asks for, in tenths of its unit: from `low` to `high` in steps of `step`.
struct QuantityRange {
    int low = 10;
    int high = 10;
    int step = 10;
};

/// One product of the catalogue the commerce data sells: a rolled-metal trader's goods and services, with list
/// prices in EUR (in cents) and what a line of an offer usually asks of it.
struct CatalogueItem {
    std::string_view sku;
    std::string_view name;
    std::string_view kind;  // "good" or "service", as the API names them.
    std::string_view unit;
    std::int64_t price_cents = 0;
    std::int64_t cost_cents = 0;  // 0: not tracked (services).
    std::string_view description;
    QuantityRange quantity;
    bool volume_tier = false;  // The price list takes more off from a few tens of units.
};

std::span<const CatalogueItem> Catalogue();

/// A quantity of `item` for an offer line, as the API takes it ("12.5", "24").
std::string DrawQuantity(const CatalogueItem& item, Random& random);

/// Writes DIR/catalogue.json: the products and the price list (in SKUs, not ids), which bench/run loads through
/// the API as the dataset's admin before the offers. Fails with kUnavailable when the file cannot be written.
Result<FileStats> WriteCatalogue(const std::string& dir);

}  // namespace rapport::bench
