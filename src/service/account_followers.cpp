#include "service/account_followers.hpp"

#include "service/services.hpp"

namespace rapport::service {
namespace {

/// Whether records of a type follow an account (API.md, "Visibility"): seen through it, and so archived and
/// restored with it. Every collection seen through its account_id does, without being listed here.
template <typename Record>
constexpr bool kFollowsAccount = store::Traits<Record>::kVisibleBy == domain::VisibleBy::kAccount ||
                                 store::Traits<Record>::kVisibleBy == domain::VisibleBy::kOwnerOrAccount ||
                                 store::Traits<Record>::kVisibleBy == domain::VisibleBy::kFulfilment;

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
    return Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (kFollowsAccount<Record>) return ArchiveAll<Record>(context, account.id);
        return {};
    });
}

Status MoveFollowersAccountOwner(Context& context, AccountId account, UserId owner) {
    return Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (store::KeepsAccountOwner<Record>) {
            return store::RecordStore<Record>::MoveAccountOwner(context.transaction, account, owner);
        }
        return {};
    });
}

Status RestoreFollowers(Context& context, const domain::Account& account) {
    return Collections::ForEach([&]<typename Record>() -> Status {
        if constexpr (kFollowsAccount<Record>) return RestoreAll<Record>(context, account.id);
        return {};
    });
}

}  // namespace rapport::service
