#pragma once

#include "domain/account/account.hpp"
#include "service/record_service.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::service {

/// The records that a group of new records name, by kind: what their rules look up.
struct References {
    std::vector<std::int64_t> accounts;
    std::vector<std::int64_t> deals;
    std::vector<std::int64_t> contacts;
};

/// Adds the accounts, deals and contacts that `draft` names to `references`.
template <typename Record>
void AddReferences(const Record& draft, References& references) {
    auto add = []<typename Id>(const Id& id, std::vector<std::int64_t>& ids) {
        if constexpr (RecordId<Id>) {
            ids.push_back(ToInt(id));
        } else if (id) {
            ids.push_back(ToInt(*id));
        }
    };
    if constexpr (requires { draft.account_id; }) add(draft.account_id, references.accounts);
    if constexpr (requires { draft.deal_id; }) add(draft.deal_id, references.deals);
    if constexpr (requires { draft.contact_id; }) add(draft.contact_id, references.contacts);
}

/// Reads the accounts, deals and contacts of `references` that the caller can see, a few statements for
/// many, and remembers them in the batch of `context` as the rules would, one look-up each, for every
/// create: on PostgreSQL each look-up is a round trip. Ids it does not find are left for the rules to
/// refuse with their own message.
Status Prefetch(Context& context, References references);

/// The names of the accounts among `ids` (repeats allowed), archived or not and whoever may see them: a record
/// that names its account is visible only to those who may know the name (API.md: operations staff read an order's
/// client's name, though not the account). A few statements for any number of ids.
Result<std::unordered_map<std::int64_t, std::string>> AccountNames(store::Transaction& transaction,
                                                                   std::vector<std::int64_t> ids);

/// Sets `account_name` of each of `records` (a page of documents) to its account's name, one read for the page;
/// none for the account that the use case read already (a document just written names it).
template <typename Record>
Status NameAccounts(Context& context, std::span<Record> records) {
    std::vector<std::int64_t> ids;
    ids.reserve(records.size());
    for (auto& record : records) {
        if (context.account && context.account->id == record.account_id) {
            record.account_name = context.account->name;
        } else {
            ids.push_back(ToInt(record.account_id));
        }
    }
    if (ids.empty()) return {};
    auto names = RAPPORT_TRY(AccountNames(context.transaction, std::move(ids)));
    for (auto& record : records) {
        auto found = names.find(ToInt(record.account_id));
        if (found != names.end()) record.account_name = found->second;
    }
    return {};
}

}  // namespace rapport::service
