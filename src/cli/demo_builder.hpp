#pragma once

#include "cli/demo_data.hpp"
#include "service/services.hpp"

#include <cstdint>
#include <map>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::cli::demo {

/// The random choices of the demo. Built on std::mt19937_64, whose output the standard fixes, and on plain
/// arithmetic instead of the std distributions (whose output it does not), so that a seed gives the same
/// company on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    /// Uniform in [low, high].
    std::int64_t Between(std::int64_t low, std::int64_t high) {
        auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(engine_() % span);
    }

    /// True with probability `percent` / 100.
    bool Percent(int percent) { return Between(1, 100) <= percent; }

    template <typename T>
    const T& Pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(Between(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::mt19937_64 engine_;
};

/// The demo company's people, as created.
struct Staff {
    domain::User admin;
    domain::User director;
    std::vector<domain::Team> teams;
    std::vector<domain::User> heads;     // heads[i] heads teams[i].
    std::vector<domain::User> managers;  // Members of the teams, of every level.
    /// Whether `team` is Key Accounts, the last team made: its managers own the few large clients.
    bool key_accounts_team(TeamId team) const { return !teams.empty() && teams.back().id == team; }
};

/// An account with what hangs on it, for the activities that follow.
struct Client {
    domain::Account account;
    std::vector<domain::Contact> contacts;
    std::vector<domain::Deal> open_deals;
};

/// What the demo made, for its summary.
struct Totals {
    std::int64_t accounts = 0;
    std::int64_t contacts = 0;
    std::int64_t deals = 0;
    std::int64_t activities = 0;
    std::int64_t products = 0;
    std::int64_t price_lists = 0;
    std::int64_t payment_terms = 0;
    std::int64_t promotions = 0;
    std::int64_t offers = 0;
    std::int64_t orders = 0;

    std::int64_t Rows() const {
        return accounts + contacts + deals + activities + products + price_lists + payment_terms + promotions +
               offers + orders;
    }
};

/// Callers acting as each demo user in turn, so that records are created (and audited) by their owners.
/// References stay valid as long as the cast.
class Cast {
public:
    const service::Caller& As(UserId id) {
        auto found = callers_.find(id);
        if (found == callers_.end()) found = callers_.emplace(id, service::SystemCaller(id)).first;
        return found->second;
    }

private:
    std::map<UserId, service::Caller> callers_;
};

/// Shared by the steps below: the open transaction, the time stamped on everything, and today.
struct Setting {
    service::Services& services;
    store::Transaction& transaction;
    Timestamp now;
    Date today;
    Random& random;
    Cast& cast;

    service::Context ContextFor(UserId user) { return service::Context{transaction, cast.As(user), now}; }
};

/// Teams with heads, a director, the admin and a dozen managers of all four levels, sharing one password hash.
/// `creator` is the caller who may create users: the first admin, or user 0 in an empty database.
Result<Staff> CreateStaff(Setting& setting, const service::Caller& creator, std::string_view password_hash);

/// A few hundred accounts with their contacts and deals, owned by the managers.
Result<std::vector<Client>> CreateClients(Setting& setting, const Staff& staff, Totals& totals);

/// A month of calls, meetings, e-mails, tasks and notes around today: done ones in the past, planned ones ahead.
Status CreateActivities(Setting& setting, const Staff& staff, const std::vector<Client>& clients, Totals& totals);

/// A rolled-metal trader's catalogue: coils, sheets, pipes, profiles, and the cutting and delivery services; and
/// the wholesale and key-accounts price lists.
Status CreateCatalogue(Setting& setting, const Staff& staff, Totals& totals);

/// The company's settings (its details, working hours, holidays, loyalty tiers), payment terms, this season's
/// promotions, and price lists and payment terms on part of the `clients` (updated in place).
Status CreateCommerceTerms(Setting& setting, const Staff& staff, std::vector<Client>& clients, Totals& totals);

/// Offers on the clients' open deals in every status, and the orders of the accepted ones at every step of their
/// hand-off.
Status CreateDocuments(Setting& setting, const std::vector<Client>& clients, Totals& totals);

/// Clients abroad named and addressed in their own scripts (Hindi, Marathi, Hebrew, Filipino, Russian), each with
/// the language of its documents, an export range priced in its currency (INR, ILS, PHP, RUB), contacts, deals and a
/// sent offer. Draws nothing from `setting.random`.
Status CreateWorldClients(Setting& setting, const Staff& staff, Totals& totals);

/// An absence in force today, with a colleague from the same team as deputy.
Result<domain::Absence> CreateAbsence(Setting& setting, const Staff& staff);

/// Lower-case ASCII for e-mail addresses and domains: "Chloé Lefèvre" -> "chloe.lefevre" with `separator` '.'.
std::string Slug(std::string_view text, char separator);

}  // namespace rapport::cli::demo
