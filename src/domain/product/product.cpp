#include "domain/product/product.hpp"

#include <algorithm>

namespace rapport::domain {
namespace {

// SKUs and units appear in documents, CSV files and URLs' filters: plain marks only.
Status CheckCode(std::string_view value, std::string_view field, std::size_t max) {
    RAPPORT_CHECK(CheckLength(value, field, 1, max));
    auto plain = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.' || c == '/';
    };
    if (!std::all_of(value.begin(), value.end(), plain)) {
        return InvalidField(std::string(field),
                            std::string(field) + " may hold only letters, digits, '-', '_', '.' and '/'");
    }
    return {};
}

}  // namespace

Status Validate(const Product& product) {
    RAPPORT_CHECK(CheckCode(product.sku, "sku", 64));
    RAPPORT_CHECK(CheckLength(product.name, "name", 1, 200));
    RAPPORT_CHECK(CheckLength(product.description, "description", 4000));
    RAPPORT_CHECK(CheckCode(product.unit, "unit", 16));
    if (product.price.minor_units() < 0) return InvalidField("price", "price may not be negative");
    if (product.cost) {
        if (product.cost->minor_units() < 0) return InvalidField("cost", "cost may not be negative");
        if (product.cost->currency() != product.price.currency()) {
            return InvalidField("cost", "cost must be in the currency of the price");
        }
    }
    return product.tax_rate.CheckRange(Percent{}, Percent::Whole(100), "tax_rate");
}

}  // namespace rapport::domain
