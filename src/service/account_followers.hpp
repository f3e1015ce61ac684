#pragma once

#include "domain/account/account.hpp"
#include "service/record_service.hpp"

namespace rapport::service {

/// Archives every record that follows `account` (AccountFollowers), each through its own rules and with
/// its own audit row, and remembers them, so that RestoreFollowers brings back exactly those and not
/// what was archived on its own before.
Status ArchiveFollowers(Context& context, const domain::Account& account);

/// Moves `owner`, the account's new owner, onto the rows of its followers that keep their account's owner
/// (store::KeepsAccountOwner), in the transaction that changes it.
Status MoveFollowersAccountOwner(Context& context, AccountId account, UserId owner);

/// Restores the records archived with `account` by ArchiveFollowers, each through its own rules and with
/// its own audit row.
Status RestoreFollowers(Context& context, const domain::Account& account);

}  // namespace rapport::service
