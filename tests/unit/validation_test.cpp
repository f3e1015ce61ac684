#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/record.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace rapport::domain {
namespace {

User MakeUser() {
    User user;
    user.email = "anna.berg@example.com";
    user.name = "Anna Berg";
    user.role = Role::kManager;
    user.level = 2;
    return user;
}

Account MakeAccount() {
    Account account;
    account.name = "Acme GmbH";
    account.owner_id = UserId{1};
    account.email = "info@acme.example";
    account.tags = Tags{{"vip", "key account"}};
    return account;
}

Contact MakeContact() {
    Contact contact;
    contact.account_id = AccountId{1};
    contact.first_name = "Jonas";
    contact.last_name = "Müller";
    contact.email = "jonas@acme.example";
    return contact;
}

Activity MakeActivity(ActivityKind kind = ActivityKind::kCall) {
    Activity activity;
    activity.kind = kind;
    activity.subject = "Follow-up";
    activity.owner_id = UserId{1};
    return activity;
}

void ExpectInvalid(const Status& status, std::string_view field) {
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().field, field);
}

TEST(CheckLengthTest, AcceptsLengthsWithinTheBounds) {
    EXPECT_TRUE(CheckLength("a", "name", 1, 3));
    EXPECT_TRUE(CheckLength("abc", "name", 1, 3));
    EXPECT_TRUE(CheckLength("", "name", 0, 3));
}

TEST(CheckLengthTest, NamesBothBoundsWhenAMinimumApplies) {
    auto status = CheckLength("abcd", "name", 1, 3);

    ExpectInvalid(status, "name");
    EXPECT_EQ(status.error().message, "name must be between 1 and 3 characters");
    EXPECT_EQ(CheckLength("", "name", 1, 3).error().message, "name must be between 1 and 3 characters");
}

TEST(CheckLengthTest, NamesOnlyTheMaximumWhenThereIsNoMinimum) {
    auto status = CheckLength(std::optional<std::string>("abcd"), "phone", 3);

    ExpectInvalid(status, "phone");
    EXPECT_EQ(status.error().message, "phone must be at most 3 characters");
}

TEST(CheckLengthTest, AnAbsentOptionalPasses) {
    auto status = CheckLength(std::optional<std::string>{}, "phone", 0);

    EXPECT_TRUE(status);
}

TEST(CheckLengthTest, CountsBytesNotCharacters) {
    // "ü" is two bytes of UTF-8.
    EXPECT_FALSE(CheckLength("üü", "name", 1, 3));
    EXPECT_TRUE(CheckLength("ü", "name", 1, 3));
}

TEST(TagValidationTest, AcceptsTrimmedTagsUpTo50Bytes) {
    auto status = Validate(Tags{{"vip", "key account", "ü", std::string(50, 't')}});

    EXPECT_TRUE(status);
}

TEST(TagValidationTest, AcceptsNoTags) { EXPECT_TRUE(Validate(Tags{})); }

TEST(TagValidationTest, RefusesEmptyUntrimmedLongCommaSemicolonOrNulTags) {
    for (std::string tag :
         {std::string(""), std::string(" vip"), std::string("vip "), std::string("\tvip"), std::string("vip\n"),
          std::string(51, 't'), std::string("a,b"), std::string(","), std::string("v;r"), std::string("v\0r", 3)}) {
        auto status = Validate(Tags{{"fine", tag}});

        ExpectInvalid(status, "tags");
        EXPECT_EQ(status.error().message,
                  "each tag must be 1 to 50 characters, without commas, semicolons or edge spaces");
    }
}

TEST(EmailValidationTest, AcceptsPlausibleAddresses) {
    for (std::string_view email : {"a@b.c", "anna.berg@example.com", "x+tag@sub.example.co.uk", "ü@exämple.de"}) {
        EXPECT_TRUE(ValidateEmail(email, "email")) << email;
    }
}

TEST(EmailValidationTest, RefusesWhatIsNotLocalAtDomain) {
    for (std::string_view email : {"", "anna", "@example.com", "anna@", "anna@example", "anna@@example.com",
                                   "anna@exa@mple.com", "anna berg@example.com", "anna@example.com ",
                                   " anna@example.com", "anna@exam\tple.com", "anna.berg.example.com"}) {
        auto status = ValidateEmail(email, "email");

        ExpectInvalid(status, "email");
        EXPECT_EQ(status.error().message, "email must be an e-mail address");
    }
}

TEST(EmailValidationTest, AcceptsAtMost254Bytes) {
    auto domain = "@example.com";
    std::string longest = std::string(254 - 12, 'a') + domain;
    std::string too_long = std::string(255 - 12, 'a') + domain;

    EXPECT_TRUE(ValidateEmail(longest, "email"));
    EXPECT_FALSE(ValidateEmail(too_long, "email"));
}

TEST(EmailValidationTest, NamesTheFieldItChecks) {
    auto status = ValidateEmail("nope", "contact_email");

    ExpectInvalid(status, "contact_email");
    EXPECT_EQ(status.error().message, "contact_email must be an e-mail address");
}

TEST(NormalizeEmailTest, TrimsAndLowerCases) {
    EXPECT_EQ(NormalizeEmail("  Anna.Berg@Example.COM \n"), "anna.berg@example.com");
    EXPECT_EQ(NormalizeEmail("\tX@Y.Z"), "x@y.z");
    EXPECT_EQ(NormalizeEmail("already@lower.case"), "already@lower.case");
    EXPECT_EQ(NormalizeEmail(""), "");
    EXPECT_EQ(NormalizeEmail("   "), "");
}

TEST(NormalizeEmailTest, LeavesNonAsciiBytesAlone) { EXPECT_EQ(NormalizeEmail("Ü@Example.de"), "Ü@example.de"); }

TEST(UserValidationTest, AnOrdinaryUserIsValid) { EXPECT_TRUE(Validate(MakeUser())); }

TEST(UserValidationTest, NeedsAnEmailAddress) {
    auto user = MakeUser();
    user.email = "anna";

    ExpectInvalid(Validate(user), "email");
}

TEST(UserValidationTest, NeedsANameOfOneTo200Characters) {
    auto unnamed = MakeUser();
    unnamed.name = "";
    auto too_long = MakeUser();
    too_long.name = std::string(201, 'n');
    auto longest = MakeUser();
    longest.name = std::string(200, 'n');

    ExpectInvalid(Validate(unnamed), "name");
    ExpectInvalid(Validate(too_long), "name");
    EXPECT_TRUE(Validate(longest));
}

TEST(UserValidationTest, LevelIsOneToFour) {
    for (std::int64_t level : {0, 5, -1}) {
        auto user = MakeUser();
        user.level = level;

        auto status = Validate(user);

        ExpectInvalid(status, "level");
        EXPECT_EQ(status.error().message, "level must be 1, 2, 3 or 4");
    }
    for (std::int64_t level : {1, 2, 3, 4}) {
        auto user = MakeUser();
        user.level = level;
        EXPECT_TRUE(Validate(user)) << level;
    }
}

TEST(AccountValidationTest, AnOrdinaryAccountIsValid) { EXPECT_TRUE(Validate(MakeAccount())); }

TEST(AccountValidationTest, ChecksEachFieldsLength) {
    struct Case {
        std::string_view field;
        void (*apply)(Account&);
    };
    for (auto [field, apply] : {
             Case{"name", [](Account& a) { a.name = ""; }},
             Case{"name", [](Account& a) { a.name = std::string(201, 'x'); }},
             Case{"industry", [](Account& a) { a.industry = std::string(101, 'x'); }},
             Case{"source", [](Account& a) { a.source = std::string(101, 'x'); }},
             Case{"phone", [](Account& a) { a.phone = std::string(51, 'x'); }},
             Case{"website", [](Account& a) { a.website = std::string(201, 'x'); }},
             Case{"address", [](Account& a) { a.address = std::string(501, 'x'); }},
         }) {
        auto account = MakeAccount();
        apply(account);

        auto status = Validate(account);

        SCOPED_TRACE(field);
        ExpectInvalid(status, field);
    }
}

TEST(AccountValidationTest, ChecksTheEmailWhenGiven) {
    auto with_bad_email = MakeAccount();
    with_bad_email.email = "info";
    auto without_email = MakeAccount();
    without_email.email.reset();

    ExpectInvalid(Validate(with_bad_email), "email");
    EXPECT_TRUE(Validate(without_email));
}

TEST(AccountValidationTest, ChecksTheTags) {
    auto account = MakeAccount();
    account.tags = Tags{{"a,b"}};

    ExpectInvalid(Validate(account), "tags");
}

TEST(ContactValidationTest, AnOrdinaryContactIsValid) { EXPECT_TRUE(Validate(MakeContact())); }

TEST(ContactValidationTest, NeedsALastName) {
    auto contact = MakeContact();
    contact.last_name = "";

    ExpectInvalid(Validate(contact), "last_name");
}

TEST(ContactValidationTest, ChecksLengthsAndEmail) {
    auto long_first = MakeContact();
    long_first.first_name = std::string(101, 'x');
    auto long_title = MakeContact();
    long_title.title = std::string(101, 'x');
    auto long_phone = MakeContact();
    long_phone.phone = std::string(51, 'x');
    auto bad_email = MakeContact();
    bad_email.email = "jonas@";

    ExpectInvalid(Validate(long_first), "first_name");
    ExpectInvalid(Validate(long_title), "title");
    ExpectInvalid(Validate(long_phone), "phone");
    ExpectInvalid(Validate(bad_email), "email");
}

TEST(ActivityValidationTest, CallsAndEmailsMayHaveADirection) {
    for (auto kind : {ActivityKind::kCall, ActivityKind::kEmail}) {
        auto activity = MakeActivity(kind);
        activity.direction = Direction::kInbound;

        EXPECT_TRUE(Validate(activity)) << EnumName(kind);
    }
}

TEST(ActivityValidationTest, OtherKindsMayNotHaveADirection) {
    for (auto kind : {ActivityKind::kMeeting, ActivityKind::kTask, ActivityKind::kNote}) {
        auto activity = MakeActivity(kind);
        activity.direction = Direction::kOutbound;

        auto status = Validate(activity);

        ExpectInvalid(status, "direction");
        EXPECT_EQ(status.error().message, "direction applies only to calls and e-mails");
        activity.direction.reset();
        EXPECT_TRUE(Validate(activity)) << EnumName(kind);
    }
}

TEST(ActivityValidationTest, ChecksSubjectBodyAndOutcomeLengths) {
    auto no_subject = MakeActivity();
    no_subject.subject = "";
    auto long_body = MakeActivity();
    long_body.body = std::string(20001, 'x');
    auto longest_body = MakeActivity();
    longest_body.body = std::string(20000, 'x');
    auto long_outcome = MakeActivity();
    long_outcome.outcome = std::string(2001, 'x');

    ExpectInvalid(Validate(no_subject), "subject");
    ExpectInvalid(Validate(long_body), "body");
    EXPECT_TRUE(Validate(longest_body));
    ExpectInvalid(Validate(long_outcome), "outcome");
}

TEST(TeamValidationTest, NameIsOneTo100Characters) {
    Team team;
    team.name = "North";
    Team unnamed;
    Team too_long;
    too_long.name = std::string(101, 'x');

    EXPECT_TRUE(Validate(team));
    ExpectInvalid(Validate(unnamed), "name");
    ExpectInvalid(Validate(too_long), "name");
}

}  // namespace
}  // namespace rapport::domain
