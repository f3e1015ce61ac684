#include "service/record_json.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

namespace rapport::test {
namespace {

using namespace std::chrono_literals;
using domain::Absence;
using domain::Account;
using domain::Activity;
using domain::Contact;
using domain::Deal;
using domain::Team;
using domain::User;

Date On(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Money MoneyOf(std::int64_t minor_units, std::string_view currency) {
    return Money(minor_units, *Currency::Parse(currency));
}

class RecordStoreTest : public StoreTest {
protected:
    // Asserts that the stored record reads back exactly as it was inserted, every field included.
    template <typename Record>
    void ExpectRoundTrip(const Record& record) {
        auto inserted = Add(record);
        ASSERT_NE(ToInt(inserted.id), 0);

        auto found = Find<Record>(inserted.id);

        ASSERT_TRUE(found);
        EXPECT_EQ(service::ToJson(*found), service::ToJson(inserted));
    }

    // Asserts that `mutate`d, the stored record updates to version 2 and reads back as changed,
    // then archives and reads as gone.
    template <typename Record, typename Mutate>
    void ExpectUpdateThenArchive(const Record& record, Mutate mutate) {
        auto stored = Add(record);
        mutate(stored);
        auto later = FixtureNow() + 1h;

        auto updated = Write([&](store::Transaction& transaction) {
            return store::RecordStore<Record>::Update(transaction, stored, kFixtureUser, later);
        });
        auto found = Find<Record>(stored.id);
        auto archived = Write([&](store::Transaction& transaction) {
            return store::RecordStore<Record>::Archive(transaction, stored.id, 2, kFixtureUser, later);
        });

        SCOPED_TRACE(store::Traits<Record>::kTable);
        ASSERT_TRUE(updated) << updated.error().message;
        ASSERT_TRUE(found);
        EXPECT_EQ(found->meta.version, 2);
        EXPECT_EQ(found->meta.updated_at, later);
        EXPECT_EQ(service::ToJson(*found), service::ToJson(stored));
        ASSERT_TRUE(archived) << archived.error().message;
        EXPECT_FALSE(Find<Record>(stored.id));
    }
};

TEST_P(RecordStoreTest, TeamsRoundTrip) {
    auto head = AddUser("head@example.com", domain::Role::kHead);
    auto team = MakeTeam("North");
    team.head_id = head.id;

    ExpectRoundTrip(team);
    ExpectRoundTrip(MakeTeam("South"));
}

TEST_P(RecordStoreTest, UsersRoundTrip) {
    auto team = Add(MakeTeam("North"));
    auto user = MakeUser("anna@example.com", domain::Role::kDirector, team.id);
    user.level = 4;
    user.active = false;

    ExpectRoundTrip(user);
    ExpectRoundTrip(MakeUser("bo@example.com"));
}

TEST_P(RecordStoreTest, AccountsRoundTripEveryField) {
    auto owner = AddUser("owner@example.com");
    auto account = MakeAccount(owner.id, "Müller & Söhne «Ltd»");
    account.kind = domain::AccountKind::kPerson;
    account.status = domain::AccountStatus::kActive;
    account.industry = "Retail";
    account.source = "referral";
    account.phone = "+49 30 1234567";
    account.email = "info@mueller.example";
    account.website = "https://mueller.example";
    account.address = "Hauptstraße 1\n10115 Berlin";
    account.tags = Tags{{"vip", "key account", "50%", "a_b", "ü"}};
    account.custom = JsonObject{R"({"size":"large","n":[1,2],"nested":{"x":null}})"};

    ExpectRoundTrip(account);
}

TEST_P(RecordStoreTest, AccountsRoundTripWithEveryOptionalFieldAbsent) {
    auto owner = AddUser("owner@example.com");

    ExpectRoundTrip(MakeAccount(owner.id));
}

TEST_P(RecordStoreTest, EmptyTagsAndCustomFieldsReadBackEmpty) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));

    auto found = Find<Account>(account.id);

    ASSERT_TRUE(found);
    EXPECT_TRUE(found->tags.values.empty());
    EXPECT_EQ(found->custom.text, "{}");
}

TEST_P(RecordStoreTest, ContactsRoundTrip) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto contact = MakeContact(account.id, "Müller");
    contact.first_name = "Jonas";
    contact.title = "CFO";
    contact.email = "jonas@mueller.example";
    contact.phone = "+49 170 000";
    contact.consent = JsonObject{R"({"email":true,"recorded_on":"2026-11-02"})"};

    ExpectRoundTrip(contact);
    ExpectRoundTrip(MakeContact(account.id, "Berg"));
}

TEST_P(RecordStoreTest, DealsRoundTripEveryField) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto deal = MakeDeal(account.id, owner.id, "Fleet renewal");
    deal.stage = domain::Stage::kLost;
    deal.amount = MoneyOf(1234, "KWD");
    deal.probability = 0;
    deal.expected_close = On(2026, 2, 28);
    deal.closed_at = FixtureNow() - 24h + 17s;
    deal.lost_reason = "price";
    deal.competitor_id = 77;

    ExpectRoundTrip(deal);
    ExpectRoundTrip(MakeDeal(account.id, owner.id, "Open deal"));
}

TEST_P(RecordStoreTest, MoneyKeepsItsCurrencyAndTheExtremesOfItsRange) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto largest = MakeDeal(account.id, owner.id, "largest");
    largest.amount = MoneyOf(std::numeric_limits<std::int64_t>::max(), "JPY");
    auto negative = MakeDeal(account.id, owner.id, "negative");
    negative.amount = MoneyOf(-1, "EUR");

    auto found_largest = Find<Deal>(Add(largest).id);
    auto found_negative = Find<Deal>(Add(negative).id);

    ASSERT_TRUE(found_largest && found_negative);
    EXPECT_EQ(found_largest->amount, largest.amount);
    EXPECT_EQ(found_negative->amount, negative.amount);
}

TEST_P(RecordStoreTest, ActivitiesRoundTripEveryField) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto deal = Add(MakeDeal(account.id, owner.id));
    auto contact = Add(MakeContact(account.id));
    auto activity = MakeActivity(owner.id, account.id);
    activity.deal_id = deal.id;
    activity.contact_id = contact.id;
    activity.kind = domain::ActivityKind::kEmail;
    activity.direction = domain::Direction::kOutbound;
    activity.subject = "Offer";
    activity.body = std::string(5000, 'b');
    activity.due_at = FixtureNow() + 48h;
    activity.done_at = Timestamp{-1s};
    activity.outcome = "sent";

    ExpectRoundTrip(activity);
}

TEST_P(RecordStoreTest, ActivitiesRoundTripWithEveryOptionalFieldAbsent) {
    auto owner = AddUser("owner@example.com");
    auto activity = MakeActivity(owner.id);
    activity.kind = domain::ActivityKind::kNote;

    ExpectRoundTrip(activity);
}

TEST_P(RecordStoreTest, AbsencesRoundTrip) {
    auto user = AddUser("away@example.com");
    auto deputy = AddUser("deputy@example.com");
    auto absence = MakeAbsence(user.id, deputy.id, On(2024, 2, 29), On(2024, 3, 4));
    absence.reason = domain::AbsenceReason::kIllness;

    ExpectRoundTrip(absence);
}

TEST_P(RecordStoreTest, EveryRecordTypeUpdatesAndArchives) {
    auto owner = AddUser("owner@example.com");
    auto deputy = AddUser("deputy@example.com");
    auto account = Add(MakeAccount(owner.id));

    ExpectUpdateThenArchive(MakeTeam("North"), [&](Team& team) { team.head_id = owner.id; });
    ExpectUpdateThenArchive(MakeUser("u@example.com"), [](User& user) {
        user.role = domain::Role::kHead;
        user.level = 3;
    });
    ExpectUpdateThenArchive(MakeAccount(owner.id), [](Account& changed) {
        changed.tags = Tags{{"vip"}};
        changed.custom = JsonObject{R"({"a":1})"};
        changed.phone = "+1 555";
    });
    ExpectUpdateThenArchive(MakeContact(account.id), [](Contact& contact) {
        contact.first_name = "Jonas";
        contact.consent = JsonObject{R"({"email":false})"};
    });
    ExpectUpdateThenArchive(MakeDeal(account.id, owner.id), [](Deal& deal) {
        deal.amount = MoneyOf(5, "JPY");
        deal.expected_close = On(2026, 12, 31);
    });
    ExpectUpdateThenArchive(MakeActivity(owner.id, account.id), [&](Activity& activity) {
        activity.account_id.reset();
        activity.done_at = FixtureNow();
        activity.direction = domain::Direction::kInbound;
    });
    ExpectUpdateThenArchive(MakeAbsence(owner.id, deputy.id, On(2026, 3, 1), On(2026, 3, 2)), [](Absence& absence) {
        absence.ends_on = On(2026, 3, 9);
        absence.reason = domain::AbsenceReason::kTraining;
    });
}

TEST_P(RecordStoreTest, InsertStampsVersionOneAndTheAuthor) {
    auto owner = AddUser("owner@example.com");

    auto account = Add(MakeAccount(owner.id));
    auto found = Find<Account>(account.id);

    ASSERT_TRUE(found);
    EXPECT_EQ(found->meta.version, 1);
    EXPECT_EQ(found->meta.created_at, FixtureNow());
    EXPECT_EQ(found->meta.updated_at, FixtureNow());
    EXPECT_EQ(found->meta.created_by, kFixtureUser);
    EXPECT_EQ(found->meta.updated_by, kFixtureUser);
}

TEST_P(RecordStoreTest, InsertGivesEachRecordItsOwnId) {
    auto owner = AddUser("owner@example.com");

    auto first = Add(MakeAccount(owner.id, "First"));
    auto second = Add(MakeAccount(owner.id, "Second"));

    EXPECT_NE(first.id, second.id);
    EXPECT_EQ(Find<Account>(first.id)->name, "First");
    EXPECT_EQ(Find<Account>(second.id)->name, "Second");
}

TEST_P(RecordStoreTest, FindOfAnIdThatDoesNotExistIsEmpty) {
    auto found = Find<Account>(AccountId{12345});

    EXPECT_FALSE(found);
}

TEST_P(RecordStoreTest, UpdateWritesEveryFieldBumpsTheVersionAndStampsTheChange) {
    auto owner = AddUser("owner@example.com");
    auto other = AddUser("other@example.com");
    auto account = Add(MakeAccount(owner.id));
    auto deal = Add(MakeDeal(account.id, owner.id));
    deal.title = "Renamed";
    deal.owner_id = other.id;
    deal.stage = domain::Stage::kWon;
    deal.amount = MoneyOf(99, "USD");
    deal.probability = 100;
    deal.expected_close = On(2026, 4, 1);
    deal.closed_at = FixtureNow() + 1h;
    deal.competitor_id = 3;
    auto later = FixtureNow() + 1h;

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Deal>::Update(transaction, deal, other.id, later);
    });

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(deal.meta.version, 2);
    EXPECT_EQ(deal.meta.updated_at, later);
    EXPECT_EQ(deal.meta.updated_by, other.id);
    auto found = Find<Deal>(deal.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(service::ToJson(*found), service::ToJson(deal));
    EXPECT_EQ(found->meta.created_at, FixtureNow());
    EXPECT_EQ(found->meta.created_by, kFixtureUser);
}

TEST_P(RecordStoreTest, UpdateCanClearOptionalFields) {
    auto owner = AddUser("owner@example.com");
    auto account = MakeAccount(owner.id);
    account.industry = "Retail";
    account.tags = Tags{{"vip"}};
    account = Add(account);
    account.industry.reset();
    account.tags = Tags{};

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Update(transaction, account, owner.id, FixtureNow());
    });

    ASSERT_TRUE(status);
    auto found = Find<Account>(account.id);
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->industry);
    EXPECT_TRUE(found->tags.values.empty());
}

TEST_P(RecordStoreTest, UpdateWithAStaleVersionIsRefusedAndChangesNothing) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id, "Original"));
    auto first = account;
    first.name = "First writer";
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Update(transaction, first, owner.id, FixtureNow());
    }));
    auto second = account;  // Still at version 1.
    second.name = "Second writer";

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Update(transaction, second, owner.id, FixtureNow());
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kStale);
    EXPECT_EQ(status.error().message, "account was changed by someone else; reload it and try again");
    EXPECT_EQ(second.meta.version, 1);
    auto found = Find<Account>(account.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->name, "First writer");
    EXPECT_EQ(found->meta.version, 2);
}

TEST_P(RecordStoreTest, UpdateOfAMissingRecordIsStale) {
    auto owner = AddUser("owner@example.com");
    auto account = MakeAccount(owner.id);
    account.id = AccountId{4242};
    account.meta.version = 1;

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Update(transaction, account, owner.id, FixtureNow());
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kStale);
}

TEST_P(RecordStoreTest, ArchivedRecordsVanishFromFindAndList) {
    auto owner = AddUser("owner@example.com");
    auto kept = Add(MakeAccount(owner.id, "Kept"));
    auto archived = Add(MakeAccount(owner.id, "Archived"));

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Archive(transaction, archived.id, 1, owner.id, FixtureNow());
    });

    ASSERT_TRUE(status) << status.error().message;
    EXPECT_FALSE(Find<Account>(archived.id));
    EXPECT_TRUE(Find<Account>(kept.id));
    auto page = List<Account>({});
    ASSERT_TRUE(page);
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].id, kept.id);
}

TEST_P(RecordStoreTest, ArchiveWithAStaleVersionIsRefusedAndKeepsTheRecord) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Archive(transaction, account.id, 7, owner.id, FixtureNow());
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kStale);
    EXPECT_TRUE(Find<Account>(account.id));
}

TEST_P(RecordStoreTest, AnArchivedRecordCanBeNeitherArchivedAgainNorUpdated) {
    auto owner = AddUser("owner@example.com");
    auto account = Add(MakeAccount(owner.id));
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Archive(transaction, account.id, 1, owner.id, FixtureNow());
    }));

    auto archive_again = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Archive(transaction, account.id, 2, owner.id, FixtureNow());
    });
    account.meta.version = 2;
    auto update = Write([&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Update(transaction, account, owner.id, FixtureNow());
    });

    ASSERT_FALSE(archive_again);
    EXPECT_EQ(archive_again.error().code, ErrorCode::kStale);
    ASSERT_FALSE(update);
    EXPECT_EQ(update.error().code, ErrorCode::kStale);
}

TEST_P(RecordStoreTest, ADuplicateEmailIsAConflict) {
    AddUser("anna@example.com");

    auto duplicate = database().TransactFor<User>(store::Access::kWrite, [&](store::Transaction& transaction) {
        return store::RecordStore<User>::Insert(transaction, MakeUser("anna@example.com"), kFixtureUser, FixtureNow());
    });

    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
    EXPECT_EQ(duplicate.error().message, "a record with the same key already exists");
    EXPECT_EQ(CountRows("app_user"), 1);
}

TEST_P(RecordStoreTest, AnUpdateToADuplicateEmailIsAConflict) {
    AddUser("anna@example.com");
    auto bo = AddUser("bo@example.com");
    bo.email = "anna@example.com";

    auto status = Write([&](store::Transaction& transaction) {
        return store::RecordStore<User>::Update(transaction, bo, kFixtureUser, FixtureNow());
    });

    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, ErrorCode::kConflict);
    EXPECT_EQ(Find<User>(bo.id)->email, "bo@example.com");
}

TEST_P(RecordStoreTest, ATeamNameIsFreeAgainOnceItsTeamIsArchived) {
    auto north = Add(MakeTeam("North"));
    auto duplicate = database().TransactFor<Team>(store::Access::kWrite, [&](store::Transaction& transaction) {
        return store::RecordStore<Team>::Insert(transaction, MakeTeam("North"), kFixtureUser, FixtureNow());
    });
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
    ASSERT_TRUE(Write([&](store::Transaction& transaction) {
        return store::RecordStore<Team>::Archive(transaction, north.id, 1, kFixtureUser, FixtureNow());
    }));

    auto again = Add(MakeTeam("North"));

    EXPECT_NE(ToInt(again.id), 0);
    EXPECT_NE(again.id, north.id);
}

TEST_P(RecordStoreTest, AReferenceToAMissingRecordIsInvalid) {
    auto orphan = database().TransactFor<Account>(store::Access::kWrite, [&](store::Transaction& transaction) {
        return store::RecordStore<Account>::Insert(transaction, MakeAccount(UserId{4242}), kFixtureUser, FixtureNow());
    });

    ASSERT_FALSE(orphan);
    EXPECT_EQ(orphan.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(CountRows("account"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, RecordStoreTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
