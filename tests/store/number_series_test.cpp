#include "store/number_series.hpp"
#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

namespace rapport::test {
namespace {

class NumberSeriesTest : public StoreTest {
protected:
    // The next number of `series` for `year`, in a transaction of its own that commits.
    std::int64_t Next(std::string_view series, int year) {
        auto number = database().TransactFor<std::int64_t>(store::Access::kWrite, [&](store::Transaction& transaction) {
            return store::NextInSeries(transaction, series, year);
        });
        EXPECT_TRUE(number) << (number ? "" : number.error().message);
        return number ? *number : -1;
    }
};

TEST_P(NumberSeriesTest, CountsFromOnePerSeriesAndYear) {
    EXPECT_EQ(Next("offer", 2026), 1);
    EXPECT_EQ(Next("offer", 2026), 2);
    EXPECT_EQ(Next("order", 2026), 1);
    EXPECT_EQ(Next("offer", 2027), 1);
    EXPECT_EQ(Next("offer", 2026), 3);
}

TEST_P(NumberSeriesTest, ATransactionThatRollsBackGivesItsNumberBack) {
    EXPECT_EQ(Next("invoice", 2026), 1);
    auto status = database().Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
        auto number = RAPPORT_TRY(store::NextInSeries(transaction, "invoice", 2026));
        EXPECT_EQ(number, 2);
        return MakeError(ErrorCode::kConflict, "rolled back on purpose");
    });
    EXPECT_FALSE(status);

    EXPECT_EQ(Next("invoice", 2026), 2);
}

TEST_P(NumberSeriesTest, ConcurrentWritersGetEveryNumberOnceWithoutGapsEvenWhenSomeRollBack) {
    constexpr int kThreads = 4;
    constexpr int kEach = 30;
    std::mutex mutex;
    std::vector<std::int64_t> committed;
    std::vector<std::thread> writers;
    for (int t = 0; t < kThreads; ++t) {
        writers.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                bool roll_back = (t + i) % 5 == 0;
                std::int64_t number = 0;
                auto status =
                    database().Transact(store::Access::kWrite, [&](store::Transaction& transaction) -> Status {
                        number = RAPPORT_TRY(store::NextInSeries(transaction, "invoice", 2026));
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

    std::sort(committed.begin(), committed.end());
    ASSERT_FALSE(committed.empty());
    for (std::size_t i = 0; i < committed.size(); ++i) {
        ASSERT_EQ(committed[i], static_cast<std::int64_t>(i) + 1) << "a gap or a number given twice";
    }
    EXPECT_EQ(Next("invoice", 2026), static_cast<std::int64_t>(committed.size()) + 1);
}

TEST(DocumentNumberTest, IsPrefixYearAndFiveDigits) {
    EXPECT_EQ(store::FormatDocumentNumber("OF", 2026, 42), "OF-2026-00042");
    EXPECT_EQ(store::FormatDocumentNumber("INV", 2027, 123456), "INV-2027-123456");
}

INSTANTIATE_TEST_SUITE_P(Engines, NumberSeriesTest, ::testing::ValuesIn(EnginesUnderTest()), EngineName);

}  // namespace
}  // namespace rapport::test
