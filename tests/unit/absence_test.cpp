#include "domain/absence/absence.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace rapport::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

Date March(unsigned d) { return Date{year{2026}, month{3}, day{d}}; }

Absence MakeAbsence(Date starts_on = March(9), Date ends_on = March(13)) {
    Absence absence;
    absence.id = AbsenceId{1};
    absence.user_id = UserId{10};
    absence.deputy_id = UserId{11};
    absence.starts_on = starts_on;
    absence.ends_on = ends_on;
    absence.reason = AbsenceReason::kLeave;
    return absence;
}

TEST(AbsenceTest, AnOrdinaryAbsenceIsValid) {
    auto status = Validate(MakeAbsence());

    EXPECT_TRUE(status);
}

TEST(AbsenceTest, ASingleDayIsValid) {
    auto status = Validate(MakeAbsence(March(9), March(9)));

    EXPECT_TRUE(status);
}

TEST(AbsenceTest, ThePeriodMustNotEndBeforeItStarts) {
    auto status = Validate(MakeAbsence(March(13), March(12)));

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().field, "ends_on");
    EXPECT_EQ(status.error().message, "ends_on must not be before starts_on");
}

TEST(AbsenceTest, AUserCannotBeTheirOwnDeputy) {
    auto absence = MakeAbsence();
    absence.deputy_id = absence.user_id;

    auto status = Validate(absence);

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().field, "deputy_id");
    EXPECT_EQ(status.error().message, "a user cannot be their own deputy");
}

TEST(AbsenceTest, IsInForceOnBothEndsAndBetween) {
    auto absence = MakeAbsence(March(9), March(13));

    EXPECT_TRUE(IsInForce(absence, March(9)));
    EXPECT_TRUE(IsInForce(absence, March(11)));
    EXPECT_TRUE(IsInForce(absence, March(13)));
}

TEST(AbsenceTest, IsNotInForceTheDayBeforeOrAfter) {
    auto absence = MakeAbsence(March(9), March(13));

    EXPECT_FALSE(IsInForce(absence, March(8)));
    EXPECT_FALSE(IsInForce(absence, March(14)));
    EXPECT_FALSE(IsInForce(absence, Date{year{2025}, month{3}, day{10}}));
}

TEST(AbsenceTest, ASingleDayAbsenceIsInForceThatDayOnly) {
    auto absence = MakeAbsence(March(9), March(9));

    EXPECT_TRUE(IsInForce(absence, March(9)));
    EXPECT_FALSE(IsInForce(absence, March(8)));
    EXPECT_FALSE(IsInForce(absence, March(10)));
}

TEST(AbsenceTest, SpansMonthAndYearEnds) {
    auto absence = MakeAbsence(Date{year{2025}, month{12}, day{29}}, Date{year{2026}, month{1}, day{2}});

    EXPECT_TRUE(Validate(absence));
    EXPECT_TRUE(IsInForce(absence, Date{year{2025}, month{12}, day{31}}));
    EXPECT_TRUE(IsInForce(absence, Date{year{2026}, month{1}, day{1}}));
    EXPECT_FALSE(IsInForce(absence, Date{year{2026}, month{1}, day{3}}));
}

TEST(AbsenceTest, ReasonsHaveWireNames) {
    EXPECT_EQ(EnumName(AbsenceReason::kIllness), "illness");
    EXPECT_EQ(EnumName(AbsenceReason::kLeave), "leave");
    EXPECT_EQ(EnumName(AbsenceReason::kTraining), "training");
    EXPECT_EQ(EnumName(AbsenceReason::kOther), "other");
}

}  // namespace
}  // namespace rapport::domain
