#pragma once

#include "domain/absence/absence.hpp"
#include "domain/account/account.hpp"
#include "domain/activity/activity.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "domain/product/product.hpp"
#include "domain/team/team.hpp"
#include "domain/user/user.hpp"
#include "store/database.hpp"
#include "store/list_query.hpp"
#include "store/record_store.hpp"
#include "support/process.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace rapport {
/// Lets GoogleTest print an ErrorCode by its name rather than its bytes.
inline void PrintTo(ErrorCode code, std::ostream* out) { *out << ErrorCodeName(code); }
}  // namespace rapport

namespace rapport::test {

/// The engines every store test runs on: "sqlite" always, and "postgres" when RAPPORT_TEST_PG
/// holds a postgresql:// URL (scripts/with-postgres sets it). Each PostgreSQL test gets a schema
/// of its own, dropped afterwards. A test on an engine that cannot be opened fails; it never skips.
std::vector<std::string> EnginesUnderTest();

/// Names each parameterised instance after its engine: "Engines/RecordStoreTest.Name/sqlite".
std::string EngineName(const ::testing::TestParamInfo<std::string>& info);

/// The instant every fixture write is stamped with unless a test says otherwise.
Timestamp FixtureNow();

/// The user id fixture writes are stamped as made by (no such user need exist).
inline constexpr UserId kFixtureUser{999};

/// Scopes for reads: everything, or the records of the given owners.
store::Scope Everything();
store::Scope OwnersScope(std::vector<std::int64_t> owners, std::int64_t self = 0);

/// Small records with every required field set, ready to insert.
domain::Team MakeTeam(std::string name);
domain::User MakeUser(std::string email, domain::Role role = domain::Role::kManager,
                      std::optional<TeamId> team = std::nullopt);
domain::Account MakeAccount(UserId owner, std::string name = "Acme GmbH");
domain::Contact MakeContact(AccountId account, std::string last_name = "Müller");
domain::Deal MakeDeal(AccountId account, UserId owner, std::string title = "Fleet renewal");
domain::Activity MakeActivity(UserId owner, std::optional<AccountId> account = std::nullopt);
domain::Absence MakeAbsence(UserId user, UserId deputy, Date starts_on, Date ends_on);
domain::Product MakeProduct(std::string sku, std::string price = "100.00");

/// A fresh, migrated database of the engine under test, for each test.
class StoreTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override;
    void TearDown() override;

    store::Database& database() { return *database_; }

    /// Runs `work` in a write transaction and returns its status.
    Status Write(const std::function<Status(store::Transaction&)>& work);
    /// Runs `work` in a read transaction and returns its status.
    Status Read(const std::function<Status(store::Transaction&)>& work);

    /// Inserts `record` and returns it with its id; the test fails (and the record is returned
    /// unchanged) when the insert fails.
    template <typename Record>
    Record Add(Record record) {
        auto inserted = database_->TransactFor<Record>(store::Access::kWrite, [&](store::Transaction& transaction) {
            return store::RecordStore<Record>::Insert(transaction, record, kFixtureUser, FixtureNow());
        });
        EXPECT_TRUE(inserted) << "inserting into " << store::Traits<Record>::kTable << ": "
                              << (inserted ? "" : inserted.error().message);
        return inserted ? *inserted : record;
    }

    /// The record with `id` as `scope` sees it.
    template <typename Record>
    std::optional<Record> Find(typename store::Traits<Record>::Id id, const store::Scope& scope = Everything()) {
        auto found = database_->TransactFor<std::optional<Record>>(
            store::Access::kRead,
            [&](store::Transaction& transaction) { return store::RecordStore<Record>::Find(transaction, id, scope); });
        EXPECT_TRUE(found) << (found ? "" : found.error().message);
        return found ? *found : std::nullopt;
    }

    /// One page of a list.
    template <typename Record>
    Result<store::Page<Record>> List(const store::ListRequest& request, const store::Scope& scope = Everything()) {
        return database_->TransactFor<store::Page<Record>>(store::Access::kRead, [&](store::Transaction& transaction) {
            return store::RecordStore<Record>::List(transaction, scope, request);
        });
    }

    /// Every page of a list, following the cursors; the ids in the order returned.
    template <typename Record>
    std::vector<std::int64_t> ListAllIds(store::ListRequest request, const store::Scope& scope = Everything()) {
        std::vector<std::int64_t> ids;
        for (int page_number = 0; page_number < 1000; ++page_number) {
            auto page = List<Record>(request, scope);
            EXPECT_TRUE(page) << (page ? "" : page.error().message);
            if (!page) break;
            EXPECT_LE(static_cast<int>(page->items.size()), request.limit);
            for (const auto& item : page->items) ids.push_back(ToInt(item.id));
            if (!page->next_cursor) break;
            EXPECT_EQ(static_cast<int>(page->items.size()), request.limit) << "a page before the last is full";
            request.cursor = *page->next_cursor;
        }
        return ids;
    }

    /// The number of unarchived rows in `table`.
    std::int64_t CountRows(std::string_view table);

    /// The integer in the first column of the first row `sql` returns, in a read; -1 when there is no row.
    std::int64_t ReadInt(const std::string& sql, std::vector<store::Value> params = {});

    /// A user, inserted; shorthand for the many tests that need owners.
    domain::User AddUser(std::string email, domain::Role role = domain::Role::kManager,
                         std::optional<TeamId> team = std::nullopt);

private:
    // PostgreSQL: creates an empty schema for this test and returns the URL that selects it.
    Result<std::string> FreshPostgresSchema();

    std::unique_ptr<TempDir> directory_;
    std::unique_ptr<store::Database> server_;  // PostgreSQL: the connection that owns schema_.
    std::string schema_;
    std::unique_ptr<store::Database> database_;
};

}  // namespace rapport::test
