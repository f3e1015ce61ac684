#include "service/scope.hpp"

#include "domain/user/user.hpp"
#include "store/record_store.hpp"

#include <algorithm>

namespace rapport::service {
namespace {

using store::Row;
using store::Value;

Status CollectIds(store::Transaction& transaction, std::string_view sql, std::vector<Value> params,
                  std::vector<std::int64_t>& ids) {
    return transaction.Query(sql, params, [&](const Row& row) -> Status {
        ids.push_back(row.Int(0));
        return {};
    });
}

}  // namespace

Result<Caller> ResolveCaller(store::Transaction& transaction, UserId id, Date today) {
    auto everything = store::Scope::Everything(ToInt(id));
    auto user = RAPPORT_TRY(store::RecordStore<domain::User>::Find(transaction, id, everything));
    if (!user || !user->active) return MakeError(ErrorCode::kUnauthenticated, "the session's user is no longer active");

    Caller caller;
    caller.id = id;
    caller.name = user->name;
    caller.role = user->role;
    caller.level = user->level;
    caller.signed_in = true;
    caller.team_id = user->team_id;
    caller.scope.self = ToInt(id);

    std::vector<std::int64_t> absent;
    RAPPORT_CHECK(CollectIds(transaction,
                             "SELECT user_id FROM absence WHERE deputy_id = ? AND starts_on <= ? AND ends_on >= ? "
                             "AND archived_at IS NULL",
                             {ToInt(id), FormatDate(today), FormatDate(today)}, absent));
    for (auto owner : absent) caller.deputy_for.push_back(static_cast<UserId>(owner));

    if (user->role == domain::Role::kDirector || user->role == domain::Role::kAdmin) {
        caller.scope.everything = true;
        return caller;
    }
    caller.scope.owners.push_back(ToInt(id));
    // Operations staff own no records and deputise for no one's: their scope holds only themselves (their absences).
    if (user->role == domain::Role::kOperations) {
        caller.scope.fulfilment = true;
        return caller;
    }
    caller.scope.owners.insert(caller.scope.owners.end(), absent.begin(), absent.end());
    if (user->role == domain::Role::kHead) {
        // A head sees the members of their own team and of every team they head, and keeps seeing the
        // records of those who left one of them (archived users) until someone is given them.
        std::vector<std::int64_t> members{ToInt(id)};
        RAPPORT_CHECK(CollectIds(transaction,
                                 "SELECT id FROM app_user WHERE team_id IN "
                                 "(SELECT id FROM team WHERE archived_at IS NULL AND (id = ? OR head_id = ?))",
                                 {user->team_id ? Value{ToInt(*user->team_id)} : Value{}, ToInt(id)}, members));
        for (auto member : members) caller.team_members.push_back(static_cast<UserId>(member));
        caller.scope.owners.insert(caller.scope.owners.end(), members.begin(), members.end());
    }
    std::sort(caller.scope.owners.begin(), caller.scope.owners.end());
    caller.scope.owners.erase(std::unique(caller.scope.owners.begin(), caller.scope.owners.end()),
                              caller.scope.owners.end());
    return caller;
}

}  // namespace rapport::service
