#include "authorization_matrix.hpp"

#include "http/api.hpp"
#include "service/password.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>
#include <boost/beast/http/verb.hpp>
#include <boost/json.hpp>

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace rapport::test {
namespace {

using boost::beast::http::verb;
using boost::json::object;

// The roles of the matrix, in the order of its groups.
enum Actor { kManager, kDeputy, kHead, kOtherHead, kDirector, kAdmin, kOperations, kAnonymous, kActors };
constexpr std::array<const char*, kActors> kActorNames = {"manager",  "deputy", "head",       "other head",
                                                          "director", "admin",  "operations", "signed out"};
// The owners of the records, in the order of each group.
enum Case { kOwn, kColleague, kOtherTeam, kCases };
constexpr std::array<const char*, kCases> kCaseNames = {"own", "colleague's", "other team's"};

// The records a request may name, one of each kind per case, made afresh for requests that change them.
// The collections it knows are the record collections of the matrix: a list names one of them when its
// collection is among them.
struct World {
    std::map<std::string, std::array<std::int64_t, kCases>, std::less<>> ids;

    std::int64_t Of(std::string_view collection, int which) const {
        auto found = ids.find(collection);
        return found == ids.end() ? 0 : found->second[which];
    }
    std::int64_t& At(std::string_view collection, int which) { return ids[std::string(collection)][which]; }
    bool Knows(std::string_view collection) const { return ids.contains(collection); }
};

// Every route of the real router (http::BuildRouter over the engine under test), called in process as each
// role on the records of each case, against the table in authorization_matrix.hpp.
class AuthorizationMatrixTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        ASSERT_TRUE(service::InitCrypto());
        backend_ = std::make_unique<http::Backend>(database());
        router_ = http::BuildRouter(*backend_);
        password_hash_ = *service::HashPassword(kPassword);
        team_a_ = Add(MakeTeam("A")).id;
        team_b_ = Add(MakeTeam("B")).id;
        owners_ = {AddUser("m1", domain::Role::kManager, team_a_), AddUser("m2", domain::Role::kManager, team_a_),
                   AddUser("mb", domain::Role::kManager, team_b_)};
        actors_[kManager] = owners_[kOwn];
        actors_[kDeputy] = AddUser("m3", domain::Role::kManager, team_a_);
        actors_[kHead] = AddUser("ha", domain::Role::kHead, team_a_);
        actors_[kOtherHead] = AddUser("hb", domain::Role::kHead, team_b_);
        actors_[kDirector] = AddUser("director", domain::Role::kDirector, std::nullopt);
        actors_[kAdmin] = AddUser("admin", domain::Role::kAdmin, std::nullopt);
        actors_[kOperations] = AddUser("ops", domain::Role::kOperations, std::nullopt);
        SetHead(team_a_, actors_[kHead]);
        SetHead(team_b_, actors_[kOtherHead]);
        auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        Add(MakeAbsence(owners_[kOwn], actors_[kDeputy], Date{today}, Date{today + std::chrono::days{3}}));
        for (int actor = 0; actor < kAnonymous; ++actor) tokens_[actor] = SignIn(static_cast<Actor>(actor));
        world_ = MakeWorld();
    }

    static constexpr const char* kPassword = "matrix password 1";

    UserId AddUser(const std::string& name, domain::Role role, std::optional<TeamId> team) {
        auto user = StoreTest::AddUser(name + "@matrix.example", role, team);
        EXPECT_TRUE(Write([&](store::Transaction& transaction) {
            std::vector<store::Value> params{password_hash_, ToInt(user.id)};
            return ToStatus(transaction.Execute("UPDATE app_user SET password_hash = ? WHERE id = ?", params));
        }));
        emails_[ToInt(user.id)] = user.email;
        return user.id;
    }

    void SetHead(TeamId id, UserId head) {
        auto team = Find<domain::Team>(id);
        ASSERT_TRUE(team);
        team->head_id = head;
        ASSERT_TRUE(Write([&](store::Transaction& transaction) {
            return store::RecordStore<domain::Team>::Update(transaction, *team, kFixtureUser, FixtureNow());
        }));
    }

    std::string SignIn(Actor actor) {
        auto login = backend_->services.auth.Login(emails_[ToInt(actors_[actor])], kPassword, "127.0.0.1");
        EXPECT_TRUE(login) << kActorNames[actor] << ": " << (login ? "" : login.error().message);
        return login ? login->token : std::string();
    }

    // One record of each kind per case (or only of `only`'s kind, and what it needs), made through the services as
    // the admin.
    World MakeWorld(std::string_view only = {}) {
        World world;
        auto admin = *backend_->services.auth.Authenticate(tokens_[kAdmin]);
        auto& services = backend_->services;
        auto must = [](auto result) {
            EXPECT_TRUE(result) << (result ? "" : result.error().message);
            return result ? ToInt(result->id) : 0;
        };
        auto wanted = [&](std::string_view collection) { return only.empty() || only == collection; };
        bool documents = wanted("offers") || wanted("orders") || wanted("pricing");
        bool followers = wanted("contacts") || wanted("deals") || wanted("activities") || documents;
        for (int which = 0; which < kCases; ++which) {
            auto owner = owners_[which];
            auto team = which == kOtherTeam ? team_b_ : team_a_;
            if (wanted("users")) {
                world.At("users", which) = ToInt(AddUser(
                    "world" + std::to_string(++worlds_) + "-" + std::to_string(which), domain::Role::kManager, team));
            }
            if (wanted("teams")) {
                auto headed = MakeTeam("world team " + std::to_string(++worlds_) + "-" + std::to_string(which));
                headed.head_id = actors_[which == kOtherTeam ? kOtherHead : kHead];
                world.At("teams", which) = must(services.Of<domain::Team>().Create(admin, headed, {"name", "head_id"}));
            }
            if (wanted("accounts") || followers) {
                auto account = MakeAccount(owner, "Matrix " + std::to_string(++worlds_));
                world.At("accounts", which) =
                    must(services.Of<domain::Account>().Create(admin, account, {"name", "owner_id"}));
            }
            auto account_id = AccountId{world.Of("accounts", which)};
            if (wanted("contacts")) {
                world.At("contacts", which) = must(
                    services.Of<domain::Contact>().Create(admin, MakeContact(account_id), {"account_id", "last_name"}));
            }
            if (wanted("deals")) {
                world.At("deals", which) = must(services.Of<domain::Deal>().Create(
                    admin, MakeDeal(account_id, owner), {"account_id", "title", "amount", "owner_id"}));
            }
            if (wanted("activities")) {
                world.At("activities", which) = must(services.Of<domain::Activity>().Create(
                    admin, MakeActivity(owner, account_id), {"account_id", "kind", "subject", "owner_id"}));
            }
            if (wanted("absences")) {
                // Later than today's: another absence of the own case would leave the deputy's rights as they are.
                auto later =
                    std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) + std::chrono::days{30};
                world.At("absences", which) = must(services.Of<domain::Absence>().Create(
                    admin, MakeAbsence(owner, actors_[kDirector], Date{later}, Date{later + std::chrono::days{2}}),
                    {"user_id", "deputy_id", "starts_on", "ends_on"}));
            }
            if (documents) MakeDocuments(world, which, account_id, wanted);
            if (wanted("products")) {
                auto product = MakeProduct("MX-" + std::to_string(++worlds_) + "-" + std::to_string(which));
                world.At("products", which) =
                    must(services.Of<domain::Product>().Create(admin, product, {"sku", "name", "unit", "price"}));
            }
            if (wanted("price_lists")) {
                domain::PriceList list;
                list.name = "Matrix list " + std::to_string(++worlds_);
                world.At("price_lists", which) =
                    must(services.Of<domain::PriceList>().Create(admin, list, {"name", "currency"}));
            }
            if (wanted("payment_terms")) {
                domain::PaymentTerm terms;
                terms.code = "matrix_" + std::to_string(++worlds_);
                terms.name = "Matrix terms";
                world.At("payment_terms", which) =
                    must(services.Of<domain::PaymentTerm>().Create(admin, terms, {"code", "name"}));
            }
            if (wanted("promotions")) {
                domain::Promotion promotion;
                promotion.name = "Matrix promotion " + std::to_string(++worlds_);
                promotion.starts_on = ParseDate("2027-01-01", "starts_on").value();
                promotion.ends_on = promotion.starts_on;
                world.At("promotions", which) = must(services.Of<domain::Promotion>().Create(
                    admin, promotion, {"name", "starts_on", "ends_on", "discount_percent"}));
            }
        }
        return world;
    }

    // A product, and an offer and an order of one line of it on the case's account, as the admin.
    template <typename Wanted>
    void MakeDocuments(World& world, int which, AccountId account, const Wanted& wanted) {
        auto admin = *backend_->services.auth.Authenticate(tokens_[kAdmin]);
        auto& services = backend_->services;
        auto product = services.Of<domain::Product>().Create(
            admin, MakeProduct("MXD-" + std::to_string(++worlds_) + "-" + std::to_string(which)),
            {"sku", "name", "unit", "price"});
        ASSERT_TRUE(product) << product.error().message;
        world.At("products", which) = ToInt(product->id);
        domain::DocumentLine line;
        line.line_no = 1;
        line.product_id = product->id;
        line.quantity = Quantity::Whole(2);
        if (wanted("offers")) {
            domain::Offer offer;
            offer.account_id = account;
            offer.lines.items = {domain::OfferLine{line}};
            auto created = services.Of<domain::Offer>().Create(admin, offer, {"account_id", "lines"});
            ASSERT_TRUE(created) << created.error().message;
            world.At("offers", which) = ToInt(created->id);
        }
        if (wanted("orders")) {
            domain::Order order;
            order.account_id = account;
            order.lines.items = {domain::OrderLine{line}};
            auto created = services.Of<domain::Order>().Create(admin, order, {"account_id", "lines"});
            ASSERT_TRUE(created) << created.error().message;
            world.At("orders", which) = ToInt(created->id);
        }
    }

    // Brings the case's offer or order to where the action or event of `pattern` applies: an offer is sent before
    // it is accepted, declined or revised; an order is confirmed before its events, and delivered before it closes.
    void Prepare(verb method, const std::string& pattern, int which, const World& world) {
        if (method != verb::post) return;
        auto admin = *backend_->services.auth.Authenticate(tokens_[kAdmin]);
        auto& services = backend_->services;
        auto act = [&]<typename Record>(std::int64_t id, std::string_view action, boost::json::object body = {}) {
            using Id = typename store::Traits<Record>::Id;
            auto apply = [&](service::Context& context, const Record& before, Record& after) {
                return service::Actions<Record>::Apply(context, action, before, after, body);
            };
            auto acted = services.Of<Record>().Act(admin, Id{id}, std::nullopt, apply);
            ASSERT_TRUE(acted) << action << ": " << acted.error().message;
        };
        auto offer = world.Of("offers", which);
        if (pattern.ends_with("/accept") || pattern.ends_with("/decline") || pattern.ends_with("/revise")) {
            act.template operator()<domain::Offer>(offer, "send");
        }
        auto order = world.Of("orders", which);
        bool events = pattern == "/api/v1/orders/{id}/events";
        if (events || pattern.ends_with("/close")) act.template operator()<domain::Order>(order, "confirm");
        if (!pattern.ends_with("/close")) return;
        for (auto kind : {domain::OrderEventKind::kReserved, domain::OrderEventKind::kShipped,
                          domain::OrderEventKind::kDelivered}) {
            domain::OrderEvent event{.kind = kind, .lines = {{1, Quantity::Whole(2)}}};
            auto posted = services.order_events.Post(admin, OrderId{order}, std::nullopt, event);
            ASSERT_TRUE(posted) << posted.error().message;
        }
    }

    // What `method pattern` is sent as, for `which` case: its path and body.
    http::Request MakeRequest(verb method, const std::string& pattern, Case which, const World& world) {
        http::Request request;
        request.method = method;
        request.remote_address = "127.0.0.1";
        std::string path = pattern;
        auto collection = CollectionOf(pattern);
        auto id_at = path.find("{id}");
        if (id_at != std::string::npos) path.replace(id_at, 4, std::to_string(world.Of(collection, which)));
        if (path == "/{first}") path = "/accounts";
        if (path == "/{first}/{second}") path = "/accounts/1";
        EXPECT_TRUE(http::ParseTarget(path, request));
        if (method == verb::post || method == verb::patch)
            request.body = Body(method, pattern, collection, which, world);
        return request;
    }

    static std::string CollectionOf(const std::string& pattern) {
        constexpr std::string_view kPrefix = "/api/v1/";
        if (!pattern.starts_with(kPrefix)) return {};
        auto rest = pattern.substr(kPrefix.size());
        return rest.substr(0, rest.find('/'));
    }

    std::string Body(verb method, const std::string& pattern, const std::string& collection, Case which,
                     const World& world) {
        auto unique = "matrix " + std::to_string(++requests_);
        auto owner = std::to_string(ToInt(owners_[which]));
        auto account = std::to_string(world.Of("accounts", which));
        if (pattern == "/api/v1/auth/login") {
            return boost::json::serialize(object{{"email", "nobody@matrix.example"}, {"password", "wrong"}});
        }
        if (pattern.ends_with("/restore") || pattern == "/api/v1/auth/logout") return {};
        if (pattern.ends_with("/decline") || pattern.ends_with("/cancel")) return R"({"reason":"matrix"})";
        if (pattern.ends_with("/events")) return R"({"kind":"note","note":"matrix"})";
        if (pattern.ends_with("}/send") || pattern.ends_with("/accept") || pattern.ends_with("/withdraw") ||
            pattern.ends_with("/revise") || pattern.ends_with("/confirm") || pattern.ends_with("/close")) {
            return {};
        }
        if (method == verb::patch) {
            if (collection == "users" || collection == "teams") return boost::json::serialize(object{{"name", unique}});
            if (collection == "accounts") return R"({"industry":"Mining"})";
            if (collection == "contacts") return R"({"title":"Buyer"})";
            if (collection == "deals") return R"({"title":"Renamed"})";
            if (collection == "activities") return R"({"subject":"Renamed"})";
            if (collection == "products" || collection == "price_lists" || collection == "payment_terms" ||
                collection == "promotions") {
                return R"({"name":"Renamed"})";
            }
            if (collection == "settings") return R"({"holidays":["2027-01-01"]})";
            if (collection == "offers" || collection == "orders") return R"({"notes":"Renamed"})";
            return R"({"reason":"training"})";
        }
        auto later = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) + std::chrono::days{60};
        object body;
        if (collection == "users") {
            body = {{"email", unique.substr(7) + "@new.matrix.example"},
                    {"name", unique},
                    {"role", "manager"},
                    {"password", kPassword},
                    {"team_id", std::to_string(ToInt(which == kOtherTeam ? team_b_ : team_a_))}};
        } else if (collection == "teams") {
            body = {{"name", unique}};
        } else if (collection == "accounts") {
            body = {{"name", unique}, {"owner_id", owner}};
        } else if (collection == "contacts") {
            body = {{"account_id", account}, {"last_name", unique}};
        } else if (collection == "deals") {
            body = {{"account_id", account}, {"title", unique}, {"amount", {{"amount", "10.00"}, {"currency", "EUR"}}}};
        } else if (collection == "activities") {
            body = {{"account_id", account}, {"kind", "note"}, {"subject", unique}};
        } else if (collection == "price_lists") {
            body = {{"name", unique}, {"currency", "EUR"}};
        } else if (collection == "offers" || collection == "orders") {
            body = {{"account_id", account}};
        } else if (collection == "pricing") {
            auto product = std::to_string(world.Of("products", which));
            body = {{"account_id", account},
                    {"lines", boost::json::array{{{"product_id", product}, {"quantity", "1"}}}}};
        } else if (collection == "payment_terms") {
            body = {{"code", "new_" + std::to_string(requests_)}, {"name", unique}};
        } else if (collection == "promotions") {
            body = {
                {"name", unique}, {"starts_on", "2027-02-01"}, {"ends_on", "2027-02-28"}, {"discount_percent", "3"}};
        } else if (collection == "products") {
            body = {{"sku", "NEW-" + std::to_string(requests_)},
                    {"name", unique},
                    {"unit", "t"},
                    {"price", {{"amount", "100.00"}, {"currency", "EUR"}}}};
        } else {
            body = {{"user_id", owner},
                    {"deputy_id", std::to_string(ToInt(actors_[kDirector]))},
                    {"starts_on", FormatDate(Date{later})},
                    {"ends_on", FormatDate(Date{later})}};
        }
        return boost::json::serialize(body);
    }

    // The letter of the table that `response` reads as, for a request naming `which` case's record.
    static char Outcome(const http::Response& response, bool is_list, std::int64_t case_id) {
        auto status = static_cast<int>(response.status);
        if (status >= 200 && status < 300) {
            if (!is_list) return 'o';
            auto page = boost::json::parse(response.body).as_object();
            for (const auto& item : page.at("items").as_array()) {
                if (item.at("id").as_string() == std::to_string(case_id)) return 'o';
            }
            return 'h';
        }
        switch (status) {
            case 401: return 'u';
            case 403: return 'f';
            case 404: return 'n';
            case 409: return 'c';
            case 422: return 'v';
            default: return '?';
        }
    }

    // Whether a request may change what later requests see, and so needs records of its own.
    static bool Changes(verb method, const std::string& pattern) {
        bool action = method == verb::post && pattern.find("/{id}/") != std::string::npos;
        return method == verb::delete_ || action || pattern == "/api/v1/auth/logout";
    }

    char Run(verb method, const std::string& pattern, Actor actor, Case which) {
        // A logout changes only its own token, signed in afresh below.
        auto world =
            Changes(method, pattern) && pattern != "/api/v1/auth/logout" ? MakeWorld(CollectionOf(pattern)) : world_;
        if (pattern.ends_with("/restore")) {
            auto admin = *backend_->services.auth.Authenticate(tokens_[kAdmin]);
            EXPECT_TRUE(backend_->services.Of<domain::Account>().Archive(admin, AccountId{world.Of("accounts", which)},
                                                                         std::nullopt));
        }
        Prepare(method, pattern, which, world);
        auto request = MakeRequest(method, pattern, which, world);
        if (actor != kAnonymous) {
            auto token = pattern == "/api/v1/auth/logout" ? SignIn(actor) : tokens_[actor];
            request.headers.emplace_back("Authorization", "Bearer " + token);
            if (pattern == "/api/v1/auth/login") {
                request.body =
                    boost::json::serialize(object{{"email", emails_[ToInt(actors_[actor])]}, {"password", kPassword}});
            }
        }
        auto response = router_.Dispatch(request);
        auto collection = CollectionOf(pattern);
        bool is_list = method == verb::get && pattern == "/api/v1/" + collection && world_.Knows(collection);
        auto outcome = Outcome(response, is_list, is_list ? world.Of(collection, which) : 0);
        if (outcome == '?') ADD_FAILURE() << "status " << static_cast<int>(response.status) << ": " << response.body;
        return outcome;
    }

    std::unique_ptr<http::Backend> backend_;
    http::Router router_;
    std::string password_hash_;
    TeamId team_a_{}, team_b_{};
    std::array<UserId, kCases> owners_{};
    std::array<UserId, kActors> actors_{};
    std::array<std::string, kActors> tokens_{};
    std::map<std::int64_t, std::string> emails_;
    World world_;
    int worlds_ = 0;
    int requests_ = 0;
};

std::string RouteName(verb method, const std::string& pattern) {
    return std::string(boost::beast::http::to_string(method)) + " " + pattern;
}

TEST_P(AuthorizationMatrixTest, EveryRouteAnswersEveryRoleOnEveryCaseAsTheTableSays) {
    auto routes = router_.Routes();
    std::set<std::string> served;
    int cells = 0;

    for (const auto& [method, pattern] : routes) {
        auto name = RouteName(method, pattern);
        served.insert(name);
        auto row = kAuthorizationMatrix.find(name);
        if (row == kAuthorizationMatrix.end()) {
            ADD_FAILURE() << name << " has no row in tests/store/authorization_matrix.hpp: say who may call it";
            continue;
        }
        std::string expected;
        for (char letter : row->second) {
            if (letter != ' ') expected += letter;
        }
        ASSERT_EQ(expected.size(), static_cast<std::size_t>(kActors) * kCases) << name;
        for (int actor = 0; actor < kActors; ++actor) {
            for (int which = 0; which < kCases; ++which) {
                auto got = Run(method, pattern, static_cast<Actor>(actor), static_cast<Case>(which));
                ++cells;
                EXPECT_EQ(got, expected[actor * kCases + which])
                    << name << " as " << kActorNames[actor] << " on the " << kCaseNames[which] << " record";
            }
        }
    }

    for (const auto& [name, outcomes] : kAuthorizationMatrix) {
        EXPECT_TRUE(served.contains(name)) << name << " is in the table but the router has no such route";
    }
    RecordProperty("cells", cells);
    std::printf("authorization matrix: %zu routes x %d roles x %d cases = %d requests\n", routes.size(),
                static_cast<int>(kActors), static_cast<int>(kCases), cells);
}

INSTANTIATE_TEST_SUITE_P(Engines, AuthorizationMatrixTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
