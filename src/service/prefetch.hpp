#pragma once

#include "service/record_service.hpp"

#include <cstdint>
#include <optional>
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

}  // namespace rapport::service
