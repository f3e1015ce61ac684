#include "service/payment_term_rules.hpp"

namespace rapport::service {
namespace {

Result<bool> LiveCodeExists(Context& context, std::string_view code, PaymentTermId except) {
    std::vector<store::Value> params{std::string(code), ToInt(except)};
    bool found = false;
    RAPPORT_CHECK(
        context.transaction.Query("SELECT 1 FROM payment_term WHERE code = ? AND id <> ? AND archived_at IS NULL",
                                  params, [&](const store::Row&) -> Status {
                                      found = true;
                                      return {};
                                  }));
    return found;
}

}  // namespace

Status Rules<domain::PaymentTerm>::RequireFreeCode(Context& context, const domain::PaymentTerm& term) {
    if (!RAPPORT_TRY(LiveCodeExists(context, term.code, term.id))) return {};
    return MakeError(ErrorCode::kConflict, "payment terms with code " + term.code + " already exist", "code");
}

Status RequirePaymentTerm(Context& context, std::string_view code, std::string_view field) {
    if (RAPPORT_TRY(LiveCodeExists(context, code, PaymentTermId{0}))) return {};
    return InvalidField(std::string(field), std::string(field) + " names no payment terms: " + std::string(code));
}

}  // namespace rapport::service
