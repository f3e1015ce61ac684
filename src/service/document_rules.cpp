#include "service/document_rules.hpp"

#include "domain/settings/settings.hpp"
#include "service/settings_service.hpp"
#include "store/number_series.hpp"

namespace rapport::service {

Result<std::string> NextDocumentNumber(Context& context, std::string_view collection, store::Gaps gaps) {
    auto settings = RAPPORT_TRY(SettingsIn(context));
    int year = static_cast<int>(RAPPORT_TRY(Today(context)).year());
    auto number = RAPPORT_TRY(store::NextInSeries(context.transaction, collection, year, gaps));
    return store::FormatDocumentNumber(domain::NumberPrefix(*settings, collection), year, number);
}

Status RequireChangeableAfterDraft(std::string_view singular, std::string_view status, const FieldNames& given,
                                   std::span<const std::string_view> changeable, std::string_view instead) {
    for (const auto& field : given) {
        if (std::ranges::find(changeable, field) != changeable.end()) continue;
        std::string message =
            "the " + std::string(singular) + " is " + std::string(status) + ": its " + field + " no longer changes";
        if (!instead.empty()) message += " (" + std::string(instead) + ")";
        return MakeError(ErrorCode::kConflict, std::move(message), field);
    }
    return {};
}

Result<std::string> RequiredReason(const boost::json::object& body, std::string_view question) {
    const auto* reason = body.if_contains("reason");
    if (!reason || !reason->is_string() || reason->get_string().empty()) {
        return InvalidField("reason", "reason is required: " + std::string(question));
    }
    return std::string(reason->get_string());
}

}  // namespace rapport::service
