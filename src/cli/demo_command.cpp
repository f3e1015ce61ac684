#include "cli/command_support.hpp"
#include "cli/commands.hpp"
#include "cli/demo_builder.hpp"
#include "service/password.hpp"

#include <cstdio>
#include <iostream>

namespace rapport::cli {
namespace {

struct Company {
    demo::Staff staff;
    demo::Totals totals;
    domain::Absence absence;
};

// The whole company is made in one write transaction: it is quick (one commit), and a failure half-way leaves
// an empty database that a second run can fill, not a half company that demo would then refuse.
Result<Company> CreateCompany(service::Services& services, const service::Caller& creator, std::uint64_t seed,
                              const std::string& password_hash) {
    demo::Random random(seed);
    demo::Cast cast;
    Company company;
    RAPPORT_CHECK(services.database.Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
        auto now = Now();
        demo::Setting setting{services, transaction, now, DateOf(now), random, cast};
        company.staff = RAPPORT_TRY(demo::CreateStaff(setting, creator, password_hash));
        RAPPORT_CHECK(demo::CreateCatalogue(setting, company.staff, company.totals));
        auto clients = RAPPORT_TRY(demo::CreateClients(setting, company.staff, company.totals));
        RAPPORT_CHECK(demo::CreateCommerceTerms(setting, company.staff, clients, company.totals));
        RAPPORT_CHECK(demo::CreateActivities(setting, company.staff, clients, company.totals));
        RAPPORT_CHECK(demo::CreateDocuments(setting, clients, company.totals));
        RAPPORT_CHECK(demo::CreateWorldClients(setting, company.staff, company.totals));
        company.absence = RAPPORT_TRY(demo::CreateAbsence(setting, company.staff));
        return {};
    }));
    return company;
}

std::string TeamOf(const demo::Staff& staff, const domain::User& user) {
    for (const auto& team : staff.teams) {
        if (user.team_id == team.id) return team.name;
    }
    return {};
}

const domain::User& UserWithId(const demo::Staff& staff, UserId id) {
    for (const auto& manager : staff.managers) {
        if (manager.id == id) return manager;
    }
    return staff.admin;
}

void PrintSummary(const Company& company, const std::string& db_url, std::uint64_t seed,
                  std::chrono::steady_clock::duration elapsed) {
    const auto& staff = company.staff;
    const auto& totals = company.totals;
    auto users = static_cast<std::int64_t>(2 + staff.heads.size() + staff.managers.size());
    std::cout << "Demo company created in " << store::Describe(db_url) << " (seed " << seed << ", "
              << FormatDuration(elapsed) << "):\n  "
              << Count(static_cast<std::int64_t>(staff.teams.size()), "team", "teams") << ", "
              << Count(users, "user", "users") << ", " << Count(totals.accounts, "account", "accounts") << ", "
              << Count(totals.contacts, "contact", "contacts") << ", " << Count(totals.deals, "deal", "deals") << ", "
              << Count(totals.activities, "activity", "activities") << ", "
              << Count(totals.products, "product", "products") << ", "
              << Count(totals.price_lists, "price list", "price lists") << ", "
              << Count(totals.payment_terms, "payment term", "payment terms") << ", "
              << Count(totals.promotions, "promotion", "promotions") << ", "
              << Count(totals.offers, "offer", "offers") << ", " << Count(totals.orders, "order", "orders")
              << ", 1 absence\n\n"
              << "Every demo user signs in with the password " << kDemoPassword << ":\n";
    std::vector<std::vector<std::string>> rows{{"  " + staff.admin.email, staff.admin.name, "admin"},
                                               {"  " + staff.director.email, staff.director.name, "director"}};
    for (const auto& head : staff.heads)
        rows.push_back({"  " + head.email, head.name, "head of " + TeamOf(staff, head)});
    for (const auto& manager : staff.managers) {
        rows.push_back({"  " + manager.email, manager.name,
                        "manager, " + TeamOf(staff, manager) + ", level " + std::to_string(manager.level)});
    }
    PrintTable(rows);
    const auto& absent = UserWithId(staff, company.absence.user_id);
    const auto& deputy = UserWithId(staff, company.absence.deputy_id);
    std::cout << '\n'
              << absent.name << " is ill until " << FormatDate(company.absence.ends_on) << "; " << deputy.name
              << " covers their clients meanwhile.\n"
              << "Start the server with: rapport --db " << db_url << " serve\n";
}

}  // namespace

ExitCode RunDemo(const std::string& db_url, const DemoOptions& options) {
    auto workspace = OpenWorkspace(db_url);
    if (!workspace) return FailToOpen(db_url, workspace.error());
    auto& services = (*workspace)->services;

    store::ListRequest probe;
    probe.limit = 1;
    auto accounts = services.Of<domain::Account>().List(service::SystemCaller(UserId{0}), probe);
    if (!accounts) return Fail(accounts.error());
    if (!accounts->items.empty() && options.if_empty) {
        std::fprintf(stderr, "the database has accounts already; demo data not loaded\n");
        return ExitCode::kOk;
    }
    if (!accounts->items.empty()) {
        return Fail("the database has accounts already; demo fills only an empty one (try --db sqlite:demo.db)",
                    ExitCode::kFailed);
    }
    auto creator = AdminCaller(services);
    if (!creator) return Fail(creator.error());
    // Argon2id is slow on purpose: every demo user shares one password, so it is hashed once.
    auto hash = service::HashPassword(kDemoPassword);
    if (!hash) return Fail(hash.error());

    auto started = std::chrono::steady_clock::now();
    auto company = CreateCompany(services, *creator, options.seed, *hash);
    if (!company) {
        return Fail(MakeError(company.error().code, "cannot create the demo company: " + company.error().message));
    }
    auto elapsed = std::chrono::steady_clock::now() - started;
    OptimizeAfterBulkWrite(services.database, company->totals.Rows());
    PrintSummary(*company, db_url, options.seed, elapsed);
    return ExitCode::kOk;
}

}  // namespace rapport::cli
