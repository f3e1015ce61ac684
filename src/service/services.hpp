#pragma once

#include "service/absence_rules.hpp"
#include "service/account_rules.hpp"
#include "service/activity_rules.hpp"
#include "service/auth_service.hpp"
#include "service/contact_rules.hpp"
#include "service/deal_rules.hpp"
#include "service/record_service.hpp"
#include "service/team_rules.hpp"
#include "service/user_service.hpp"

namespace rapport::service {

/// Every service over one database: what the HTTP layer and the command line call.
struct Services {
    explicit Services(store::Database& db)
        : database(db), auth(db), users(db), teams(db), accounts(db), contacts(db), deals(db), activities(db),
          absences(db) {
        // Users, teams and absences decide what a caller may see: a change to them is seen at the next request.
        auto forget_callers = [this] { auth.ForgetCallers(); };
        users.records().AfterCommit(forget_callers);
        teams.AfterCommit(forget_callers);
        absences.AfterCommit(forget_callers);
    }
    // The listeners above hold `this`.
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

    store::Database& database;
    AuthService auth;
    UserService users;
    RecordService<domain::Team> teams;
    RecordService<domain::Account> accounts;
    RecordService<domain::Contact> contacts;
    RecordService<domain::Deal> deals;
    RecordService<domain::Activity> activities;
    RecordService<domain::Absence> absences;
};

}  // namespace rapport::service
