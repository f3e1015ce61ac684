#pragma once

#include "http/client_address.hpp"
#include "http/openapi.hpp"
#include "http/router.hpp"
#include "reports/reports.hpp"
#include "service/audit_service.hpp"
#include "service/services.hpp"

namespace rapport::http {

/// How the server meets the network it is deployed in (`serve --trusted-proxy`, `--public-url`).
struct ApiOptions {
    TrustedProxies trusted_proxies;  // Whose X-Forwarded-For names the client (see ClientAddress).
    bool secure_cookies = false;     // The session cookie is Secure: the public URL is https.
};

/// Everything the routes need, owned by whoever serves them and outliving the router.
struct Backend {
    explicit Backend(store::Database& database, ApiOptions api_options = {})
        : options(std::move(api_options)), services(database), reports(database), audit(database) {}

    ApiOptions options;
    service::Services services;
    reports::ReportService reports;
    service::AuditService audit;
};

/// Every route of the API and the web UI. The router keeps references into `backend`.
Router BuildRouter(Backend& backend);

/// A database that refuses every transaction. The routes keep a reference to their database and reach it only
/// when serving, so describing them (`rapport openapi`, tests) needs no real one.
class NoDatabase final : public store::Database {
public:
    Status Transact(store::Access, const std::function<Status(store::Transaction&)>&) override { return Refused(); }
    Status Migrate() override { return Refused(); }
    Status OptimizeAfterBulkWrite(std::int64_t) override { return Refused(); }
    store::Engine engine() const override { return store::Engine::kSqlite; }

private:
    static Status Refused();
};

/// The OpenAPI document of BuildRouter's routes, built without a database (`rapport openapi`, tests).
boost::json::object DescribeApi();

void AddAuthRoutes(Router& router, Backend& backend);
void AddUserRoutes(Router& router, Backend& backend);
void AddReportRoutes(Router& router, Backend& backend);
void AddPricingRoutes(Router& router, Backend& backend);
void AddOrderEventRoutes(Router& router, Backend& backend);
void AddDocumentRoutes(Router& router, Backend& backend);
void AddSettingsRoutes(Router& router, Backend& backend);
void AddAuditRoutes(Router& router, Backend& backend);
void AddAssetRoutes(Router& router);

}  // namespace rapport::http
