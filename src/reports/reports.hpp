#pragma once

#include "core/money.hpp"
#include "core/time.hpp"
#include "domain/activity/activity.hpp"
#include "domain/deal/deal.hpp"
#include "service/caller.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::reports {

/// Open and closed deals per stage and currency, within the caller's visibility.
struct PipelineLine {
    std::string currency;
    std::int64_t count = 0;
    std::int64_t total_minor = 0;
    std::int64_t weighted_minor = 0;  // Sum of amount × probability / 100, rounded half away from zero.
};
struct PipelineStage {
    domain::Stage stage;
    std::int64_t count = 0;
    std::vector<PipelineLine> by_currency;
};

/// Deals that entered each stage in [from, to] (both days included), and the conversion from each
/// stage to the next along new → qualified → proposal → negotiation → won.
struct FunnelStage {
    domain::Stage stage;
    std::int64_t entered = 0;
    std::optional<double> conversion_from_previous;  // Absent for the first stage and for lost.
};

/// Activities done per owner, per ISO week (weeks start on Monday) and per kind, in [from, to].
struct ActivityWeek {
    UserId owner_id{};
    Date week{};  // The Monday that starts the week.
    domain::ActivityKind kind{};
    std::int64_t count = 0;
};

class ReportService {
public:
    explicit ReportService(store::Database& database) : database_(database) {}

    /// The pipeline of the deals the caller sees; with `owner`, of those among them that `owner` owns.
    Result<std::vector<PipelineStage>> Pipeline(const service::Caller& caller,
                                                std::optional<UserId> owner = std::nullopt);

    /// kInvalidArgument when `to` is before `from`.
    Result<std::vector<FunnelStage>> Funnel(const service::Caller& caller, Date from, Date to);

    /// kInvalidArgument when `to` is before `from`.
    Result<std::vector<ActivityWeek>> ActivityByWeek(const service::Caller& caller, Date from, Date to);

private:
    store::Database& database_;
};

}  // namespace rapport::reports
