#pragma once

#include <map>
#include <string>

namespace rapport::test {

/// What each role gets from each route, for the records of three owners. One row per route the router
/// serves ("METHOD pattern"); a route without a row, or a row without a route, fails the matrix test.
///
/// Each row holds eight groups of three letters, one group per role in this order:
///   manager     M1, a manager of team A, who owns the "own" records
///   deputy      M3, a manager of team A standing in today for M1 (M1 is absent)
///   head        the head of team A
///   other head  the head of team B
///   director, admin, operations, and a client that is not signed in
/// and in each group one letter per case, for records owned by:
///   own         M1
///   colleague   M2, M1's colleague in team A
///   other team  MB, a manager of team B
/// For users and teams the cases are users of team A, team A and team B, and teams headed by team A's head
/// (twice) and by team B's. A route that names no record answers the same for the three cases.
///
/// The letters:
///   o  success (200, 201 or 204); for a list, the case's record is in it
///   h  a list (200) without the case's record: hidden
///   n  404 (absent or not visible: never revealed)
///   f  403        u  401        v  422 (a body field names a record the caller cannot see)
///   c  409
inline const std::map<std::string, std::string> kAuthorizationMatrix = {
    // route                                   manager deputy head other director admin ops anonymous
    {"GET /healthz",                            "ooo ooo ooo ooo ooo ooo ooo ooo"},
    {"GET /",                                   "ooo ooo ooo ooo ooo ooo ooo ooo"},
    {"GET /{first}",                            "ooo ooo ooo ooo ooo ooo ooo ooo"},
    {"GET /{first}/{second}",                   "ooo ooo ooo ooo ooo ooo ooo ooo"},
    {"GET /api/v1/openapi.json",                "ooo ooo ooo ooo ooo ooo ooo ooo"},
    {"POST /api/v1/auth/login",                 "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"POST /api/v1/auth/logout",                "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/auth/me",                     "ooo ooo ooo ooo ooo ooo ooo uuu"},

    {"POST /api/v1/users",                      "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/users",                       "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/users/{id}",                  "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/users/{id}",                "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/users/{id}",               "fff fff fff fff fff ooo fff uuu"},

    {"POST /api/v1/teams",                      "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/teams",                       "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/teams/{id}",                  "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/teams/{id}",                "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/teams/{id}",               "fff fff fff fff fff ooo fff uuu"},

    // A manager creates for themselves, a deputy also for the absent colleague, a head for the team.
    {"POST /api/v1/accounts",                   "off off oof ffo ooo ooo fff uuu"},
    {"GET /api/v1/accounts",                    "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/accounts/{id}",               "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/accounts/{id}",             "onn onn oon nno ooo ooo fff uuu"},
    // Archiving and restoring an account is for its owner's head, directors and admins.
    {"DELETE /api/v1/accounts/{id}",            "fnn fnn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/accounts/{id}/restore",      "fnn fnn oon nno ooo ooo fff uuu"},

    // Records that follow an account: a body naming an account the caller cannot see is 422.
    {"POST /api/v1/contacts",                   "ovv ovv oov vvo ooo ooo fff uuu"},
    {"GET /api/v1/contacts",                    "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/contacts/{id}",               "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/contacts/{id}",             "onn onn oon nno ooo ooo fff uuu"},
    {"DELETE /api/v1/contacts/{id}",            "onn onn oon nno ooo ooo fff uuu"},

    {"POST /api/v1/deals",                      "ovv ovv oov vvo ooo ooo fff uuu"},
    {"GET /api/v1/deals",                       "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/deals/{id}",                  "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/deals/{id}",                "onn onn oon nno ooo ooo fff uuu"},
    {"DELETE /api/v1/deals/{id}",               "onn onn oon nno ooo ooo fff uuu"},

    {"POST /api/v1/activities",                 "ovv ovv oov vvo ooo ooo fff uuu"},
    {"GET /api/v1/activities",                  "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/activities/{id}",             "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/activities/{id}",           "onn onn oon nno ooo ooo fff uuu"},
    {"DELETE /api/v1/activities/{id}",          "onn onn oon nno ooo ooo fff uuu"},

    // A manager records their own absences, a head those of the team; a deputy sees the absent colleague's
    // absences but does not change them.
    {"POST /api/v1/absences",                   "off fff oof ffo ooo ooo fff uuu"},
    {"GET /api/v1/absences",                    "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/absences/{id}",               "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/absences/{id}",             "onn fnn oon nno ooo ooo nnn uuu"},
    {"DELETE /api/v1/absences/{id}",            "onn fnn oon nno ooo ooo nnn uuu"},

    // Reference data: every signed-in user reads the catalogue, admins keep it.
    {"POST /api/v1/products",                   "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/products",                    "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/products/{id}",               "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/products/{id}",             "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/products/{id}",            "fff fff fff fff fff ooo fff uuu"},
    {"POST /api/v1/price_lists",                "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/price_lists",                 "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/price_lists/{id}",            "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/price_lists/{id}",          "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/price_lists/{id}",         "fff fff fff fff fff ooo fff uuu"},
    {"POST /api/v1/payment_terms",              "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/payment_terms",               "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/payment_terms/{id}",          "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/payment_terms/{id}",        "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/payment_terms/{id}",       "fff fff fff fff fff ooo fff uuu"},
    {"POST /api/v1/promotions",                 "fff fff fff fff fff ooo fff uuu"},
    {"GET /api/v1/promotions",                  "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"GET /api/v1/promotions/{id}",             "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/promotions/{id}",           "fff fff fff fff fff ooo fff uuu"},
    {"DELETE /api/v1/promotions/{id}",          "fff fff fff fff fff ooo fff uuu"},

    // The company-wide settings: everyone reads them, operations staff too; admins change them.
    {"GET /api/v1/settings",                    "ooo ooo ooo ooo ooo ooo ooo uuu"},
    {"PATCH /api/v1/settings",                  "fff fff fff fff fff ooo fff uuu"},

    // Offers and orders follow their account. Operations staff read and hand off every order (and post its
    // events) but write no offer or order and see no offer.
    {"POST /api/v1/pricing/quote",              "ovv ovv oov vvo ooo ooo fff uuu"},
    {"POST /api/v1/offers",                     "ovv ovv oov vvo ooo ooo fff uuu"},
    {"GET /api/v1/offers",                      "ohh ohh ooh hho ooo ooo hhh uuu"},
    {"GET /api/v1/offers/{id}",                 "onn onn oon nno ooo ooo nnn uuu"},
    {"PATCH /api/v1/offers/{id}",               "onn onn oon nno ooo ooo fff uuu"},
    {"DELETE /api/v1/offers/{id}",              "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/offers/{id}/send",           "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/offers/{id}/accept",         "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/offers/{id}/decline",        "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/offers/{id}/withdraw",       "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/offers/{id}/revise",         "onn onn oon nno ooo ooo fff uuu"},
    {"GET /api/v1/offers/{id}/document",        "onn onn oon nno ooo ooo nnn uuu"},
    {"POST /api/v1/orders",                     "ovv ovv oov vvo ooo ooo fff uuu"},
    {"GET /api/v1/orders",                      "ohh ohh ooh hho ooo ooo ooo uuu"},
    {"GET /api/v1/orders/{id}",                 "onn onn oon nno ooo ooo ooo uuu"},
    {"PATCH /api/v1/orders/{id}",               "onn onn oon nno ooo ooo fff uuu"},
    {"DELETE /api/v1/orders/{id}",              "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/orders/{id}/confirm",        "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/orders/{id}/close",          "onn onn oon nno ooo ooo fff uuu"},
    {"POST /api/v1/orders/{id}/cancel",         "onn onn oon nno ooo ooo fff uuu"},
    {"GET /api/v1/orders/{id}/events",          "onn onn oon nno ooo ooo ooo uuu"},
    {"POST /api/v1/orders/{id}/events",         "onn onn oon nno ooo ooo ooo uuu"},
    {"GET /api/v1/orders/{id}/document",        "onn onn oon nno ooo ooo ooo uuu"},

    {"GET /api/v1/reports/pipeline",            "ooo ooo ooo ooo ooo ooo fff uuu"},
    {"GET /api/v1/reports/funnel",              "ooo ooo ooo ooo ooo ooo fff uuu"},
    {"GET /api/v1/reports/activity",            "ooo ooo ooo ooo ooo ooo fff uuu"},
    {"GET /api/v1/audit",                       "fff fff fff fff ooo ooo fff uuu"},
};

}  // namespace rapport::test
