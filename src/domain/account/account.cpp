#include "domain/account/account.hpp"

#include "domain/user/user.hpp"

namespace rapport::domain {

Status Validate(const Account& account) {
    RAPPORT_CHECK(CheckLength(account.name, "name", 1, 200));
    RAPPORT_CHECK(CheckLength(account.industry, "industry", 100));
    RAPPORT_CHECK(CheckLength(account.source, "source", 100));
    RAPPORT_CHECK(CheckLength(account.phone, "phone", 50));
    RAPPORT_CHECK(CheckLength(account.website, "website", 200));
    RAPPORT_CHECK(CheckLength(account.address, "address", 500));
    RAPPORT_CHECK(CheckLength(account.payment_terms, "payment_terms", 32));
    if (account.email) RAPPORT_CHECK(ValidateEmail(*account.email, "email"));
    return Validate(account.tags);
}

}  // namespace rapport::domain
