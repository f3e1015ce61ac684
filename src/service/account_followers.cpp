#include "service/account_followers.hpp"

#include "service/activity_rules.hpp"
#include "service/contact_rules.hpp"
#include "service/deal_rules.hpp"
#include "service/record_types.hpp"

namespace rapport::service {
namespace {

/// The record types that follow an account (API.md, "Visibility"): seen through it, archived and
/// restored with it. A new collection with an account_id joins this list.
using AccountFollowers = RecordTypes<domain::Contact, domain::Deal, domain::Activity>;

constexpr std::string_view kParent = "accounts";

// The audit row's changes of a record taken along with its account.
std::string AlongWith(std::string_view how, AccountId account) {
    boost::json::object changes{{"account_id", {{how, Codec<AccountId>::ToText(account)}}}};
    return boost::json::serialize(changes);
}

template <typename Record>
Status ArchiveAll(Context& context, AccountId account) {
    auto followers = RAPPORT_TRY(store::RecordStore<Record>::FollowersOf(context.transaction, account));
    std::string collection(store::Traits<Record>::kCollection);
    auto changes = AlongWith("archived_with", account);
    for (const auto& record : followers) {
        RAPPORT_CHECK(RecordService<Record>::ArchiveIn(context, record, changes));
        std::vector<store::Value> params{std::string(kParent), ToInt(account), collection, ToInt(record.id)};
        RAPPORT_CHECK(context.transaction.Execute(
            "INSERT INTO archived_with (parent_collection, parent_id, collection, record_id) VALUES (?, ?, ?, ?)",
            params));
    }
    return {};
}

template <typename Record>
Status RestoreAll(Context& context, AccountId account) {
    std::string collection(store::Traits<Record>::kCollection);
    std::vector<store::Value> params{std::string(kParent), ToInt(account), collection};
    std::vector<std::int64_t> ids;
    RAPPORT_CHECK(context.transaction.Query(
        "SELECT record_id FROM archived_with WHERE parent_collection = ? AND parent_id = ? AND collection = ? "
        "ORDER BY record_id",
        params, [&](const store::Row& row) -> Status {
            ids.push_back(row.Int(0));
            return {};
        }));
    auto changes = AlongWith("restored_with", account);
    auto everything = store::Scope::Everything();
    for (auto id : ids) {
        using Id = typename store::Traits<Record>::Id;
        auto record = RAPPORT_TRY(store::RecordStore<Record>::FindArchived(context.transaction, Id{id}, everything));
        // Archived records do not change, so one that is missing is a bug, not a race.
        if (!record) return MakeError(ErrorCode::kInternal, "a record archived with an account is missing");
        RAPPORT_CHECK(RecordService<Record>::RestoreIn(context, *record, changes));
    }
    return ToStatus(context.transaction.Execute(
        "DELETE FROM archived_with WHERE parent_collection = ? AND parent_id = ? AND collection = ?", params));
}

}  // namespace

Status ArchiveFollowers(Context& context, const domain::Account& account) {
    return AccountFollowers::ForEach([&]<typename Record>() { return ArchiveAll<Record>(context, account.id); });
}

Status RestoreFollowers(Context& context, const domain::Account& account) {
    return AccountFollowers::ForEach([&]<typename Record>() { return RestoreAll<Record>(context, account.id); });
}

}  // namespace rapport::service
