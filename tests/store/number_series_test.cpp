#include "store/number_series.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

class NumberSeriesTest : public StoreTest {
protected:
    // The next number of `series` for `year`, in a transaction of its own that commits.
    std::int64_t Next(std::string_view series, int year, store::Gaps gaps = store::Gaps::kNever) {
        auto number = database().TransactFor<std::int64_t>(store::Access::kWrite, [&](store::Transaction& transaction) {
            return store::NextInSeries(transaction, series, year, gaps);
        });
        EXPECT_TRUE(number) << (number ? "" : number.error().message);
        return number ? *number : -1;
    }

    static constexpr int kWriters = 4;
    static constexpr int kEachWriter = 30;

    // kWriters threads each take kEachWriter numbers of `series` for 2026, one transaction each, a fifth of which
    // roll back after taking theirs (each must fail, and only those); the numbers of those that committed.
    std::vector<std::int64_t> TakeConcurrently(std::string_view series, store::Gaps gaps) {
        std::mutex mutex;
        std::vector<std::int64_t> committed;
        std::vector<std::thread> writers;
        for (int t = 0; t < kWriters; ++t) {
            writers.emplace_back([&, t] {
                for (int i = 0; i < kEachWriter; ++i) {
                    bool roll_back = (t + i) % 5 == 0;
                    std::int64_t number = 0;
                    auto status =
                        database().Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
                            number = RAPPORT_TRY(store::NextInSeries(transaction, series, 2026, gaps));
                            if (roll_back) return MakeError(ErrorCode::kConflict, "rolled back on purpose");
                            return {};
                        });
                    EXPECT_EQ(static_cast<bool>(status), !roll_back) << (status ? "" : status.error().message);
                    if (status) {
                        std::lock_guard lock(mutex);
                        committed.push_back(number);
                    }
                }
            });
        }
        for (auto& writer : writers) writer.join();
        return committed;
    }
};

TEST_P(NumberSeriesTest, CountsFromOnePerSeriesAndYear) {
    EXPECT_EQ(Next("invoice", 2026), 1);
    EXPECT_EQ(Next("invoice", 2026), 2);
    EXPECT_EQ(Next("offer", 2026, store::Gaps::kAllowed), 1);
    EXPECT_EQ(Next("invoice", 2027), 1);
    EXPECT_EQ(Next("offer", 2026, store::Gaps::kAllowed), 2);
    EXPECT_EQ(Next("invoice", 2026), 3);
}

TEST_P(NumberSeriesTest, ATransactionThatRollsBackGivesItsNumberBack) {
    EXPECT_EQ(Next("invoice", 2026), 1);
    auto status = database().Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
        auto number = RAPPORT_TRY(store::NextInSeries(transaction, "invoice", 2026, store::Gaps::kNever));
        EXPECT_EQ(number, 2);
        return MakeError(ErrorCode::kConflict, "rolled back on purpose");
    });
    EXPECT_FALSE(status);

    EXPECT_EQ(Next("invoice", 2026), 2);
}

TEST_P(NumberSeriesTest, ConcurrentWritersGetEveryNumberOnceWithoutGapsEvenWhenSomeRollBack) {
    auto committed = TakeConcurrently("invoice", store::Gaps::kNever);

    std::sort(committed.begin(), committed.end());
    ASSERT_FALSE(committed.empty());
    for (std::size_t i = 0; i < committed.size(); ++i) {
        ASSERT_EQ(committed[i], static_cast<std::int64_t>(i) + 1) << "a gap or a number given twice";
    }
    EXPECT_EQ(Next("invoice", 2026), static_cast<std::int64_t>(committed.size()) + 1);
}

TEST_P(NumberSeriesTest, ConcurrentWritersOfASeriesWithGapsNeverGetANumberTwice) {
    auto committed = TakeConcurrently("offer", store::Gaps::kAllowed);

    std::sort(committed.begin(), committed.end());
    ASSERT_EQ(committed.size(), std::size_t{kWriters * kEachWriter * 4 / 5});
    EXPECT_EQ(std::adjacent_find(committed.begin(), committed.end()), committed.end()) << "a number given twice";
    EXPECT_GE(committed.front(), 1);
    EXPECT_LE(committed.back(), kWriters * kEachWriter) << "more numbers than were asked for";
    EXPECT_GT(Next("offer", 2026, store::Gaps::kAllowed), committed.back());
}

// Where writers run side by side (PostgreSQL), one that took a number that may have gaps does not hold the next
// writer of the series back until it ends: a transaction that takes an invoice's number would.
TEST_P(NumberSeriesTest, ANumberWithGapsDoesNotWaitForTheTransactionThatTookThePreviousOne) {
    if (database().engine() == store::Engine::kSqlite) GTEST_SKIP() << "one writer: transactions wait in turn";
    std::promise<void> took;
    std::promise<void> may_end;
    auto ends = may_end.get_future();
    std::int64_t first = 0;
    std::thread open_writer([&] {
        auto status = database().Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
            first = RAPPORT_TRY(store::NextInSeries(transaction, "offer", 2026, store::Gaps::kAllowed));
            took.set_value();
            ends.wait_for(std::chrono::seconds(20));
            return {};
        });
        EXPECT_TRUE(status) << (status ? "" : status.error().message);
    });
    took.get_future().wait();

    auto second = std::async(std::launch::async, [&] { return Next("offer", 2026, store::Gaps::kAllowed); });
    auto status = second.wait_for(std::chrono::seconds(10));
    may_end.set_value();
    open_writer.join();

    ASSERT_EQ(status, std::future_status::ready) << "the second writer waited for the first one's commit";
    EXPECT_EQ(second.get(), first + 1);
}

TEST(DocumentNumberTest, IsPrefixYearAndFiveDigits) {
    EXPECT_EQ(store::FormatDocumentNumber("OF", 2026, 42), "OF-2026-00042");
    EXPECT_EQ(store::FormatDocumentNumber("INV", 2027, 123456), "INV-2027-123456");
}

INSTANTIATE_TEST_SUITE_P(Engines, NumberSeriesTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
