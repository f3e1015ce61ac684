#pragma once

#include "store/store_fixture.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace rapport::test {

inline Date On(int y, unsigned m, unsigned d) {
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

/// A list request in the default order, or sorted by `sort`.
inline store::ListRequest Request(std::string sort = {}, int limit = 50) {
    store::ListRequest request;
    request.sort = std::move(sort);
    request.limit = limit;
    return request;
}

/// A list request with one `?name=value` filter.
inline store::ListRequest Filtered(std::string name, std::string value) {
    store::ListRequest request;
    request.filters.emplace_back(std::move(name), std::move(value));
    return request;
}

/// A list request with `?q=text`.
inline store::ListRequest Search(std::string text) {
    store::ListRequest request;
    request.search = std::move(text);
    return request;
}

template <typename Record>
std::vector<std::int64_t> IdsOf(const std::vector<Record>& records) {
    std::vector<std::int64_t> ids;
    for (const auto& record : records) ids.push_back(ToInt(record.id));
    return ids;
}

/// A fresh database with one owner, for list, filter and search tests.
class ListQueryTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        owner_ = AddUser("owner@example.com").id;
    }

    // An account whose full-text document is `document` (as the account rules would build it).
    domain::Account AddSearchable(std::string name, std::string document, UserId owner = {}) {
        auto account = MakeAccount(ToInt(owner) ? owner : owner_, std::move(name));
        auto inserted = database().TransactFor<domain::Account>(
            store::Access::kWrite, [&](store::Transaction& transaction) -> Result<domain::Account> {
                auto added = RAPPORT_TRY(
                    store::RecordStore<domain::Account>::Insert(transaction, account, kFixtureUser, FixtureNow()));
                RAPPORT_CHECK(transaction.ReplaceSearchDocument({ToInt(added.id), ToInt(added.owner_id), document}));
                return added;
            });
        EXPECT_TRUE(inserted) << (inserted ? "" : inserted.error().message);
        return inserted ? *inserted : account;
    }

    // The ids of the accounts matching `query`, in id order; the test fails if the search fails.
    std::vector<std::int64_t> Found(const std::string& query) {
        auto page = List<domain::Account>(Search(query));
        EXPECT_TRUE(page) << "'" << query << "': " << (page ? "" : page.error().message);
        return page ? IdsOf(page->items) : std::vector<std::int64_t>{};
    }

    // Deals on one account whose expected_close is each of `dates` in turn.
    std::vector<domain::Deal> AddDealsClosing(const std::vector<std::optional<Date>>& dates) {
        auto account = Add(MakeAccount(owner_));
        std::vector<domain::Deal> deals;
        for (const auto& date : dates) {
            auto deal = MakeDeal(account.id, owner_, "deal " + std::to_string(deals.size()));
            deal.expected_close = date;
            deals.push_back(Add(deal));
        }
        return deals;
    }

    UserId owner_{};
};

}  // namespace rapport::test
