#include "service/caller_cache.hpp"

#include <gtest/gtest.h>

namespace rapport::service {
namespace {

using namespace std::chrono_literals;

Caller MakeCaller(std::int64_t id) {
    Caller caller;
    caller.id = static_cast<UserId>(id);
    caller.name = "Caller " + std::to_string(id);
    caller.scope.self = id;
    caller.scope.owners = {id};
    return caller;
}

// Noon, so that a few seconds either way stay on the same day.
Timestamp Noon() { return StartOf(Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{30}}) + 12h; }

TEST(CallerCacheTest, RemembersACallerForItsToken) {
    CallerCache cache;

    cache.Remember("token-a", MakeCaller(7), Noon() + 24h, cache.generation(), Noon());

    auto found = cache.Find("token-a", Noon());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, static_cast<UserId>(7));
    EXPECT_EQ(found->scope.owners, std::vector<std::int64_t>{7});
    EXPECT_FALSE(cache.Find("token-b", Noon()).has_value());
}

TEST(CallerCacheTest, ForgetDropsEveryCaller) {
    CallerCache cache;
    cache.Remember("token-a", MakeCaller(7), Noon() + 24h, cache.generation(), Noon());

    cache.Forget();

    EXPECT_FALSE(cache.Find("token-a", Noon()).has_value());
}

TEST(CallerCacheTest, AResolutionThatRacedWithAChangeIsNotKept) {
    CallerCache cache;
    auto before_the_read = cache.generation();
    cache.Forget();  // A change committed while the caller was being read.

    cache.Remember("token-a", MakeCaller(7), Noon() + 24h, before_the_read, Noon());

    EXPECT_FALSE(cache.Find("token-a", Noon()).has_value());
}

TEST(CallerCacheTest, ACallerIsNotUsedPastTheEndOfItsSession) {
    CallerCache cache;
    cache.Remember("token-a", MakeCaller(7), Noon() + 1s, cache.generation(), Noon());

    EXPECT_TRUE(cache.Find("token-a", Noon()).has_value());
    EXPECT_FALSE(cache.Find("token-a", Noon() + 1s).has_value());
}

TEST(CallerCacheTest, ACallerIsNotUsedOnAnotherDay) {
    CallerCache cache;
    auto last_second = Noon() + 12h - 1s;  // 23:59:59: absences in force change at midnight.
    cache.Remember("token-a", MakeCaller(7), Noon() + 48h, cache.generation(), last_second);

    EXPECT_TRUE(cache.Find("token-a", last_second).has_value());
    EXPECT_FALSE(cache.Find("token-a", last_second + 1s).has_value());
}

}  // namespace
}  // namespace rapport::service
