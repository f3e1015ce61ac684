#pragma once

#include "generate/random.hpp"
#include "generate/words.hpp"

#include <string>
#include <string_view>

namespace rapport::bench {

/// The naming tradition of someone in `country`: usually its own, sometimes another (people move).
Culture NamingCulture(const Country& country, Random& random);

/// "anna.mueller@gmx.de", "jan.de-jong42@ziggo.nl": a private address at one of the country's providers.
std::string PersonalEmail(std::string_view first, std::string_view last, const Country& country, Random& random);

/// "+49 40 5550123", or "+45 55 50 12 34" where numbers have no area code.
std::string Phone(const Country& country, const City& city, Random& random);

}  // namespace rapport::bench
