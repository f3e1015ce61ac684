#include "service/catalogue.hpp"

#include "service/promotion_rules.hpp"
#include "service/settings_service.hpp"
#include "store/record_store.hpp"

#include <algorithm>
#include <deque>

namespace rapport::service {
namespace {

// How many catalogues a server keeps: the current one, and those that use cases still reading an older token ask
// for while a change commits.
constexpr std::size_t kKeptCatalogues = 4;

Result<std::int64_t> ReadToken(store::Transaction& transaction) {
    std::optional<std::int64_t> token;
    RAPPORT_CHECK(
        transaction.Query("SELECT token FROM catalogue_token WHERE id = 1", {}, [&](const store::Row& row) -> Status {
            token = row.Int(0);
            return {};
        }));
    if (!token) return MakeError(ErrorCode::kInternal, "the catalogue's token is missing; run rapport migrate");
    return *token;
}

Result<std::unordered_map<std::string, domain::NamedDiscount>> ReadPaymentTerms(store::Transaction& transaction) {
    std::unordered_map<std::string, domain::NamedDiscount> terms;
    RAPPORT_CHECK(transaction.Query("SELECT code, name, adjust_percent FROM payment_term WHERE archived_at IS NULL", {},
                                    [&](const store::Row& row) -> Status {
                                        // Their surcharge (a positive adjust_percent) is a negative discount.
                                        terms.insert_or_assign(
                                            std::string(row.Text(0)),
                                            domain::NamedDiscount{std::string(row.Text(1)),
                                                                  Percent::FromHundredths(-row.Int(2))});
                                        return {};
                                    }));
    return terms;
}

Result<std::optional<Date>> ReadDate(const store::Row& row, int column, std::string_view field) {
    if (row.IsNull(column)) return std::optional<Date>{};
    return std::optional<Date>(RAPPORT_TRY(ParseDate(row.Text(column), field)));
}

Result<std::vector<Catalogue::ListHeader>> ReadListHeaders(store::Transaction& transaction) {
    std::vector<Catalogue::ListHeader> headers;
    RAPPORT_CHECK(transaction.Query(
        "SELECT id, currency, valid_from, valid_to FROM price_list WHERE archived_at IS NULL ORDER BY priority, id", {},
        [&](const store::Row& row) -> Status {
            headers.push_back({static_cast<PriceListId>(row.Int(0)), std::string(row.Text(1)),
                               RAPPORT_TRY(ReadDate(row, 2, "valid_from")), RAPPORT_TRY(ReadDate(row, 3, "valid_to"))});
            return {};
        }));
    return headers;
}

Result<std::vector<Catalogue::KeptPromotion>> ReadPromotions(store::Transaction& transaction) {
    std::vector<Catalogue::KeptPromotion> kept;
    for (auto& promotion : RAPPORT_TRY(LivePromotions(transaction))) {
        domain::PromotionTerms terms{std::move(promotion.name), {}, promotion.min_quantity, promotion.discount_percent};
        for (const auto& product : promotion.product_ids.items) terms.product_ids.push_back(product.product_id);
        kept.push_back({promotion.starts_on, promotion.ends_on, std::move(terms)});
    }
    return kept;
}

// The catalogues this server keeps, newest last. Keyed by token alone, whatever database they came from: tokens
// are random (migration 0014), so that two databases share one only when they hold the same catalogue.
class KeptCatalogues {
public:
    std::shared_ptr<const Catalogue> Find(std::int64_t token) const {
        std::lock_guard lock(mutex_);
        auto found = std::ranges::find(kept_, token, &Catalogue::token);
        return found == kept_.end() ? nullptr : *found;
    }

    void Keep(std::shared_ptr<const Catalogue> catalogue) {
        std::lock_guard lock(mutex_);
        if (std::ranges::find(kept_, catalogue->token(), &Catalogue::token) != kept_.end()) return;
        kept_.push_back(std::move(catalogue));
        if (kept_.size() > kKeptCatalogues) kept_.pop_front();
    }

private:
    mutable std::mutex mutex_;
    std::deque<std::shared_ptr<const Catalogue>> kept_;
};

KeptCatalogues& Kept() {
    static KeptCatalogues kept;
    return kept;
}

Result<std::shared_ptr<const Catalogue>> ReadCatalogue(store::Transaction& transaction, std::int64_t token) {
    auto settings = std::make_shared<const domain::Settings>(RAPPORT_TRY(LoadSettings(transaction)));
    auto catalogue = std::make_shared<const Catalogue>(
        token, std::move(settings), RAPPORT_TRY(ReadPaymentTerms(transaction)),
        RAPPORT_TRY(ReadPromotions(transaction)), RAPPORT_TRY(ReadListHeaders(transaction)));
    if (RAPPORT_TRY(catalogue->StillCurrent(transaction))) Kept().Keep(catalogue);
    return catalogue;
}

}  // namespace

const domain::NamedDiscount* Catalogue::PaymentTerms(const std::string& code) const {
    auto found = payment_terms_.find(code);
    return found == payment_terms_.end() ? nullptr : &found->second;
}

std::vector<domain::PromotionTerms> Catalogue::PromotionsOn(Date on) const {
    std::vector<domain::PromotionTerms> in_force;
    for (const auto& promotion : promotions_) {
        if (promotion.starts_on <= on && on <= promotion.ends_on) in_force.push_back(promotion.terms);
    }
    return in_force;
}

std::optional<PriceListId> Catalogue::DefaultPriceList(const std::optional<std::string>& currency, Date on) const {
    for (const auto& list : lists_by_priority_) {
        bool valid = (!list.valid_from || *list.valid_from <= on) && (!list.valid_to || *list.valid_to >= on);
        if (valid && (!currency || list.currency == *currency)) return list.id;
    }
    return std::nullopt;
}

Result<std::shared_ptr<const domain::PriceList>> Catalogue::PriceList(store::Transaction& transaction,
                                                                      PriceListId id) const {
    {
        std::lock_guard lock(mutex_);
        auto found = price_lists_.find(ToInt(id));
        if (found != price_lists_.end()) return found->second;
    }
    auto read = RAPPORT_TRY(store::RecordStore<domain::PriceList>::Find(transaction, id, store::Scope::Everything()));
    if (!read) return std::shared_ptr<const domain::PriceList>{};
    auto list = std::make_shared<const domain::PriceList>(std::move(*read));
    if (RAPPORT_TRY(StillCurrent(transaction))) {
        std::lock_guard lock(mutex_);
        price_lists_.try_emplace(ToInt(id), list);
    }
    return list;
}

Result<std::map<ProductId, std::shared_ptr<const domain::Product>>> Catalogue::Products(
    store::Transaction& transaction, std::span<const ProductId> ids) const {
    std::map<ProductId, std::shared_ptr<const domain::Product>> found;
    std::vector<ProductId> missing;
    {
        std::lock_guard lock(mutex_);
        for (auto id : ids) {
            auto kept = products_.find(ToInt(id));
            if (kept != products_.end()) {
                found.emplace(id, kept->second);
            } else {
                missing.push_back(id);
            }
        }
    }
    if (missing.empty()) return found;
    // The classic algorithms: clang 14 (the fuzz build's) cannot compile libstdc++ 12's ranges::unique.
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    std::vector<std::shared_ptr<const domain::Product>> read;
    for (auto& product :
         RAPPORT_TRY(store::RecordStore<domain::Product>::FindMany(transaction, missing, store::Scope::Everything()))) {
        read.push_back(std::make_shared<const domain::Product>(std::move(product)));
    }
    bool keep = RAPPORT_TRY(StillCurrent(transaction));
    std::lock_guard lock(mutex_);
    for (auto& product : read) {
        if (keep) products_.try_emplace(ToInt(product->id), product);
        found.emplace(product->id, std::move(product));
    }
    return found;
}

Result<bool> Catalogue::StillCurrent(store::Transaction& transaction) const {
    return RAPPORT_TRY(ReadToken(transaction)) == token_;
}

Result<std::shared_ptr<const Catalogue>> CatalogueIn(Context& context) {
    if (!context.catalogue) {
        auto token = RAPPORT_TRY(ReadToken(context.transaction));
        context.catalogue = Kept().Find(token);
        if (!context.catalogue) context.catalogue = RAPPORT_TRY(ReadCatalogue(context.transaction, token));
    }
    return context.catalogue;
}

}  // namespace rapport::service
