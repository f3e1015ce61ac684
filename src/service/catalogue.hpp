#pragma once

#include "domain/price_list/price_list.hpp"
#include "domain/pricing/pricing.hpp"
#include "domain/product/product.hpp"
#include "domain/settings/settings.hpp"
#include "service/record_service.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::service {

/// What prices a document besides its client — the settings, payment terms, promotions, price lists and products —
/// as one state of the database, named by its token (migration 0014: every write to one of those tables draws a
/// new random token in the writing transaction). A server keeps the catalogues of the last few tokens and a use
/// case reads the token, one small row, instead of the catalogue, some eight statements. Products and price lists
/// with their lines are read when first asked for; the rest, small, with the token.
///
/// Whatever a Catalogue holds was read with its token still current (read again after the read), so that every
/// use case that reads the same token prices with the same catalogue. Thread-safe.
class Catalogue {
public:
    /// A price list as the choice of the default one needs it.
    struct ListHeader {
        PriceListId id{};
        std::string currency;
        std::optional<Date> valid_from;
        std::optional<Date> valid_to;
    };
    /// A promotion, with the days it is in force.
    struct KeptPromotion {
        Date starts_on{};
        Date ends_on{};
        domain::PromotionTerms terms;
    };

    Catalogue(std::int64_t token, std::shared_ptr<const domain::Settings> settings,
              std::unordered_map<std::string, domain::NamedDiscount> payment_terms,
              std::vector<KeptPromotion> promotions, std::vector<ListHeader> lists_by_priority)
        : token_(token),
          settings_(std::move(settings)),
          payment_terms_(std::move(payment_terms)),
          promotions_(std::move(promotions)),
          lists_by_priority_(std::move(lists_by_priority)) {}

    std::int64_t token() const { return token_; }
    const std::shared_ptr<const domain::Settings>& settings() const { return settings_; }

    /// The live payment terms with `code`, as the engine applies them (a surcharge is a negative discount).
    const domain::NamedDiscount* PaymentTerms(const std::string& code) const;

    /// The live promotions in force on `on`, in id order.
    std::vector<domain::PromotionTerms> PromotionsOn(Date on) const;

    /// The live price list valid on `on` with the lowest priority (then id), in `currency` when one is asked for.
    std::optional<PriceListId> DefaultPriceList(const std::optional<std::string>& currency, Date on) const;

    /// The live price list `id` with its lines and tiers; none when it is archived or missing.
    Result<std::shared_ptr<const domain::PriceList>> PriceList(store::Transaction& transaction, PriceListId id) const;

    /// The live products among `ids`; those missing or archived are left out.
    Result<std::map<ProductId, std::shared_ptr<const domain::Product>>> Products(store::Transaction& transaction,
                                                                                 std::span<const ProductId> ids) const;

    /// Whether `transaction` still reads this catalogue's token: what it has read since may be kept.
    Result<bool> StillCurrent(store::Transaction& transaction) const;

private:
    std::int64_t token_;
    std::shared_ptr<const domain::Settings> settings_;
    std::unordered_map<std::string, domain::NamedDiscount> payment_terms_;
    std::vector<KeptPromotion> promotions_;
    std::vector<ListHeader> lists_by_priority_;

    mutable std::mutex mutex_;  // Guards what is read when first asked for.
    mutable std::unordered_map<std::int64_t, std::shared_ptr<const domain::Product>> products_;
    mutable std::unordered_map<std::int64_t, std::shared_ptr<const domain::PriceList>> price_lists_;
};

/// The catalogue of the database that `context` reads, at the token its transaction sees: the one kept for that
/// token, else read now (and kept when the token held while it was read). Read once per use case and kept in
/// the context; a use case that writes to the catalogue and prices afterwards drops it from the context first.
Result<std::shared_ptr<const Catalogue>> CatalogueIn(Context& context);

}  // namespace rapport::service
