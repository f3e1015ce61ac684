#include "domain/contact/contact.hpp"

#include "domain/user/user.hpp"

namespace rapport::domain {

Status Validate(const Contact& contact) {
    RAPPORT_CHECK(CheckLength(contact.first_name, "first_name", 100));
    RAPPORT_CHECK(CheckLength(contact.last_name, "last_name", 1, 100));
    RAPPORT_CHECK(CheckLength(contact.title, "title", 100));
    RAPPORT_CHECK(CheckLength(contact.phone, "phone", 50));
    if (contact.email) RAPPORT_CHECK(ValidateEmail(*contact.email, "email"));
    return {};
}

}  // namespace rapport::domain
