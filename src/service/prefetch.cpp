#include "service/prefetch.hpp"

#include "core/assert.hpp"
#include "domain/account/account.hpp"
#include "domain/contact/contact.hpp"
#include "domain/deal/deal.hpp"
#include "store/statement_shapes.hpp"
#include "store/visibility.hpp"

#include <algorithm>
#include <span>
#include <string>

namespace rapport::service {
namespace {

// How many ids one read looks up.
constexpr std::size_t kIdsPerRead = 64;

// Sorts `ids` and drops repeats and those `known` says the batch remembers already.
template <typename Known>
void KeepUnknown(std::vector<std::int64_t>& ids, Known&& known) {
    std::ranges::sort(ids);
    // std::unique rather than std::ranges::unique, which clang 14 (the fuzz build's) cannot compile with libstdc++ 12.
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::erase_if(ids, known);
}

// Calls `remember(id, value)` with `column` of each unarchived row of `Record` among `ids` that the caller
// sees: the conditions of RecordStore::Find, for many ids at once.
template <typename Record, typename Remember>
Status ReadVisible(Context& context, std::span<const std::int64_t> ids, std::string_view column, Remember&& remember) {
    std::string table(store::Traits<Record>::kTable);
    auto visibility = store::VisibilityOf<Record>(context.caller.scope);
    for (std::size_t first = 0; first < ids.size(); first += kIdsPerRead) {
        auto in_list = store::MakeInList(ids.subspan(first, std::min(kIdsPerRead, ids.size() - first)));
        auto query = "SELECT " + table + ".id, " + table + "." + std::string(column) + " FROM " + table + " WHERE " +
                     table + ".archived_at IS NULL AND " + table + ".id IN (" + in_list.placeholders + ")";
        if (!visibility.sql.empty()) {
            query += " AND " + visibility.sql;
            in_list.params.insert(in_list.params.end(), visibility.params.begin(), visibility.params.end());
        }
        RAPPORT_CHECK(context.transaction.Query(query, in_list.params, [&](const store::Row& row) {
            remember(row.Int(0), row.Int(1));
            return Status{};
        }));
    }
    return {};
}

}  // namespace

Status Prefetch(Context& context, References references) {
    RAPPORT_ASSERT(context.batch != nullptr, "only a batch remembers what it read");
    auto& batch = *context.batch;
    KeepUnknown(references.accounts, [&](auto id) { return batch.OwnerOfVisibleAccount(AccountId{id}).has_value(); });
    KeepUnknown(references.deals, [&](auto id) { return batch.AccountOfVisible(DealId{id}).has_value(); });
    KeepUnknown(references.contacts, [&](auto id) { return batch.AccountOfVisible(ContactId{id}).has_value(); });
    RAPPORT_CHECK(ReadVisible<domain::Account>(context, references.accounts, "owner_id", [&](auto id, auto owner) {
        batch.RememberVisibleAccount(AccountId{id}, UserId{owner});
    }));
    RAPPORT_CHECK(ReadVisible<domain::Deal>(context, references.deals, "account_id", [&](auto id, auto account) {
        batch.RememberVisible(DealId{id}, AccountId{account});
    }));
    return ReadVisible<domain::Contact>(context, references.contacts, "account_id", [&](auto id, auto account) {
        batch.RememberVisible(ContactId{id}, AccountId{account});
    });
}

Result<std::unordered_map<std::int64_t, std::string>> AccountNames(store::Transaction& transaction,
                                                                   std::vector<std::int64_t> ids) {
    KeepUnknown(ids, [](auto) { return false; });
    std::unordered_map<std::int64_t, std::string> names;
    for (std::size_t first = 0; first < ids.size(); first += kIdsPerRead) {
        auto in_list = store::MakeInList(std::span(ids).subspan(first, std::min(kIdsPerRead, ids.size() - first)));
        RAPPORT_CHECK(transaction.Query("SELECT id, name FROM account WHERE id IN (" + in_list.placeholders + ")",
                                        in_list.params, [&](const store::Row& row) {
                                            names.emplace(row.Int(0), std::string(row.Text(1)));
                                            return Status{};
                                        }));
    }
    return names;
}

}  // namespace rapport::service
