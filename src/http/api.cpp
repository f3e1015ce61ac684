#include "http/api.hpp"

#include "http/action_routes.hpp"
#include "http/record_routes.hpp"

namespace rapport::http {

Status NoDatabase::Refused() {
    return MakeError(ErrorCode::kUnavailable, "no database: the routes are only described");
}

boost::json::object DescribeApi() {
    NoDatabase database;
    Backend backend(database);
    return OpenApiDocument(BuildRouter(backend));
}

Router BuildRouter(Backend& backend) {
    Router router;
    auto& services = backend.services;
    Operation health{
        .id = "getHealth",
        .tag = "health",
        .summary = "Liveness: 200 once the database is reachable",
        .signed_in = false,
        .successes = {{200, "serving",
                       boost::json::object{{"type", "object"},
                                           {"required", boost::json::array{"status"}},
                                           {"properties", {{"status", {{"type", "string"}, {"enum", {"ok"}}}}}},
                                           {"example", {{"status", "ok"}}}}}}};
    router.Add(boost::beast::http::verb::get, "/healthz", std::move(health), [&services](Request&) {
        auto reachable = services.database.Transact(store::Access::kRead, [](store::Transaction& transaction) {
            return transaction.Query("SELECT 1", {}, [](const store::Row&) -> Status { return {}; });
        });
        if (!reachable) return ErrorResponse(MakeError(ErrorCode::kUnavailable, "the database is not reachable"));
        return JsonResponse(boost::beast::http::status::ok, {{"status", "ok"}});
    });
    AddAuthRoutes(router, backend);
    AddUserRoutes(router, backend);
    (void)service::Collections::ForEach([&]<typename Record>() -> Status {
        AddRecordRoutes(router, services, services.Of<Record>());
        if constexpr (service::Rules<Record>::kRestorable) AddRestoreRoute(router, services, services.Of<Record>());
        if constexpr (service::HasActions<Record>) AddActionRoutes(router, services, services.Of<Record>());
        return {};
    });
    AddSettingsRoutes(router, backend);
    AddPricingRoutes(router, backend);
    AddOrderEventRoutes(router, backend);
    AddDocumentRoutes(router, backend);
    AddReportRoutes(router, backend);
    AddAuditRoutes(router, backend);
    AddOpenApiRoute(router);
    AddAssetRoutes(router);
    return router;
}

}  // namespace rapport::http
