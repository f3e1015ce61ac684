#include "domain/status_machine.hpp"

#include <gtest/gtest.h>

namespace rapport {

enum class Door { kOpen, kClosed, kLocked };

template <>
struct EnumNames<Door> {
    static constexpr std::array kValues = {
        std::pair{Door::kOpen, std::string_view{"open"}},
        std::pair{Door::kClosed, std::string_view{"closed"}},
        std::pair{Door::kLocked, std::string_view{"locked"}},
    };
};

namespace {

constexpr domain::Transition<Door> kDoorTransitions[] = {
    {"close", {Door::kOpen}, Door::kClosed},
    {"open", {Door::kClosed}, Door::kOpen},
    {"lock", {Door::kClosed}, Door::kLocked},
    {"unlock", {Door::kLocked}, Door::kClosed},
    {"break", {Door::kOpen, Door::kClosed, Door::kLocked}, Door::kOpen},
};
constexpr domain::StatusMachine<Door> kDoor{kDoorTransitions};

TEST(StatusMachineTest, LeadsEachAllowedActionToItsStatus) {
    EXPECT_EQ(*kDoor.Apply(Door::kOpen, "close"), Door::kClosed);
    EXPECT_EQ(*kDoor.Apply(Door::kClosed, "lock"), Door::kLocked);
    EXPECT_EQ(*kDoor.Apply(Door::kLocked, "break"), Door::kOpen);
}

TEST(StatusMachineTest, RefusesAnActionTheStatusForbidsNamingTheAllowedOnes) {
    auto refused = kDoor.Apply(Door::kLocked, "open");

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidTransition);
    EXPECT_EQ(refused.error().field, "status");
    EXPECT_EQ(refused.error().message, "cannot open when the status is locked; allowed: unlock, break");
}

TEST(StatusMachineTest, AnActionItDoesNotHaveIsNotFound) {
    auto refused = kDoor.Apply(Door::kOpen, "paint");

    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
}

TEST(StatusMachineTest, ListsActionsAndWhereEachMayStart) {
    EXPECT_EQ(kDoor.Actions(), (std::vector<std::string_view>{"close", "open", "lock", "unlock", "break"}));
    EXPECT_EQ(kDoor.Allowed(Door::kClosed), (std::vector<std::string_view>{"open", "lock", "break"}));
    EXPECT_EQ(kDoor.From("break"), (std::vector<Door>{Door::kOpen, Door::kClosed, Door::kLocked}));
}

}  // namespace
}  // namespace rapport
