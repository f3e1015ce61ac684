#pragma once

#include "service/absence_rules.hpp"
#include "service/account_rules.hpp"
#include "service/activity_rules.hpp"
#include "service/auth_service.hpp"
#include "service/contact_rules.hpp"
#include "service/deal_rules.hpp"
#include "service/document_content.hpp"
#include "service/offer_actions.hpp"
#include "service/offer_rules.hpp"
#include "service/order_rules.hpp"
#include "service/payment_term_rules.hpp"
#include "service/price_list_rules.hpp"
#include "service/pricing_service.hpp"
#include "service/product_rules.hpp"
#include "service/promotion_rules.hpp"
#include "service/record_service.hpp"
#include "service/record_types.hpp"
#include "service/settings_service.hpp"
#include "service/team_rules.hpp"
#include "service/user_service.hpp"

#include <tuple>

namespace rapport::service {

/// The record types served as plain collections. Each gets its RecordService here, the routes of
/// AddRecordRoutes (and a restore route when its rules allow one), its OpenAPI schemas, and `rapport export`:
/// a new collection joins this list, and needs besides only its domain file, migration, rules, OpenAPI
/// example and web module.
using Collections =
    RecordTypes<domain::Team, domain::Account, domain::Contact, domain::Deal, domain::Activity, domain::Absence,
                domain::Product, domain::PriceList, domain::PaymentTerm, domain::Promotion, domain::Offer, domain::Order>;

/// One RecordService per type, over one database.
template <typename... Records>
struct RecordServices : std::tuple<RecordService<Records>...> {
    explicit RecordServices(store::Database& db) : std::tuple<RecordService<Records>...>(Same<Records>(db)...) {}

private:
    template <typename>
    static store::Database& Same(store::Database& db) {
        return db;
    }
};

/// Every service over one database: what the HTTP layer and the command line call.
struct Services {
    explicit Services(store::Database& db)
        : database(db), auth(db), users(db), settings(db), pricing(db), order_events(db), documents(db), records_(db) {
        // Users, teams and absences decide what a caller may see, and the settings' time zone which absences are in
        // force today: a change to them is seen at the next request.
        auto forget_callers = [this] { auth.ForgetCallers(); };
        settings.AfterCommit(forget_callers);
        users.records().AfterCommit(forget_callers);
        Of<domain::Team>().AfterCommit(forget_callers);
        Of<domain::Absence>().AfterCommit(forget_callers);
    }
    // The listeners above hold `this`.
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    /// The service of one of the Collections.
    template <typename Record>
    RecordService<Record>& Of() {
        return std::get<RecordService<Record>>(records_);
    }

    store::Database& database;
    AuthService auth;
    UserService users;
    SettingsService settings;
    PricingService pricing;
    OrderEvents order_events;
    DocumentContent documents;

private:
    Collections::Apply<RecordServices> records_;
};

}  // namespace rapport::service
