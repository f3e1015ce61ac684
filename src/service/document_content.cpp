#include "service/document_content.hpp"

#include "domain/settings/settings_json.hpp"
#include "service/settings_service.hpp"

namespace rapport::service {
namespace {

Result<boost::json::value> PaymentTermsName(Context& context, const std::optional<std::string>& code) {
    if (!code) return boost::json::value(nullptr);
    boost::json::value name = boost::json::string(*code);
    std::vector<store::Value> params{*code};
    RAPPORT_CHECK(context.transaction.Query("SELECT name FROM payment_term WHERE code = ? AND archived_at IS NULL",
                                            params, [&](const store::Row& row) -> Status {
                                                name = boost::json::string(row.Text(0));
                                                return {};
                                            }));
    return name;
}

Result<boost::json::object> Compose(Context& context, boost::json::object document, AccountId account_id,
                                    boost::json::object client, const std::optional<std::string>& payment_terms) {
    auto settings = RAPPORT_TRY(SettingsIn(context));
    auto everything = store::Scope::Everything();
    auto account = RAPPORT_TRY(store::RecordStore<domain::Account>::Find(context.transaction, account_id, everything));
    if (account) {
        if (!client.contains("name")) client["name"] = account->name;
        if (!client.contains("address"))
            client["address"] = account->address ? boost::json::value(*account->address) : nullptr;
        client["language"] = Codec<std::optional<domain::Locale>>::ToJson(account->language);
    }
    return boost::json::object{{"document", std::move(document)},
                               {"company", domain::SettingsToJson(*settings).at("company")},
                               {"client", std::move(client)},
                               {"terms", RAPPORT_TRY(PaymentTermsName(context, payment_terms))}};
}

Result<std::optional<boost::json::object>> Frozen(store::Transaction& transaction, std::string_view collection,
                                                  std::int64_t id) {
    std::optional<boost::json::object> frozen;
    std::vector<store::Value> params{std::string(collection), id};
    RAPPORT_CHECK(transaction.Query("SELECT content FROM document_snapshot WHERE collection = ? AND record_id = ?",
                                    params, [&](const store::Row& row) -> Status {
                                        boost::system::error_code error;
                                        auto json = boost::json::parse(row.Text(0), error);
                                        if (error || !json.is_object()) {
                                            return MakeError(ErrorCode::kInternal, "a document snapshot is not JSON");
                                        }
                                        frozen = std::move(json.as_object());
                                        return {};
                                    }));
    return frozen;
}

}  // namespace

Result<boost::json::object> DocumentContent::Current(Context& context, const domain::Offer& offer) {
    return Compose(context, ToJson(offer), offer.account_id, {}, offer.payment_terms);
}

Result<boost::json::object> DocumentContent::Of(const Caller& caller, OfferId id) {
    return database_.TransactFor<boost::json::object>(
        store::Access::kRead, [&](store::Transaction& transaction) -> Result<boost::json::object> {
            auto offer = RAPPORT_TRY(store::RecordStore<domain::Offer>::Find(transaction, id, caller.scope));
            if (!offer) return MakeError(ErrorCode::kNotFound, "offer " + std::to_string(ToInt(id)) + " not found");
            auto frozen = RAPPORT_TRY(Frozen(transaction, "offers", ToInt(id)));
            if (frozen) return std::move(*frozen);
            Context context{transaction, caller, Now()};
            return Current(context, *offer);
        });
}

Result<boost::json::object> DocumentContent::Of(const Caller& caller, OrderId id) {
    return database_.TransactFor<boost::json::object>(
        store::Access::kRead, [&](store::Transaction& transaction) -> Result<boost::json::object> {
            auto order = RAPPORT_TRY(store::RecordStore<domain::Order>::Find(transaction, id, caller.scope));
            if (!order) return MakeError(ErrorCode::kNotFound, "order " + std::to_string(ToInt(id)) + " not found");
            Context context{transaction, caller, Now()};
            // Operations staff print orders without seeing the account: the order carries the name and address.
            boost::json::object client{
                {"name", order->account_name},
                {"address",
                 order->delivery_address ? boost::json::value(*order->delivery_address) : boost::json::value(nullptr)}};
            return Compose(context, ToJson(*order), order->account_id, std::move(client), order->payment_terms);
        });
}

}  // namespace rapport::service
