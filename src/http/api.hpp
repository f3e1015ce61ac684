#pragma once

#include "http/router.hpp"
#include "reports/reports.hpp"
#include "service/audit_service.hpp"
#include "service/services.hpp"

namespace rapport::http {

/// Everything the routes need, owned by whoever serves them and outliving the router.
struct Backend {
    explicit Backend(store::Database& database) : services(database), reports(database), audit(database) {}

    service::Services services;
    reports::ReportService reports;
    service::AuditService audit;
};

/// Every route of the API and the web UI. The router keeps references into `backend`.
Router BuildRouter(Backend& backend);

void AddAuthRoutes(Router& router, Backend& backend);
void AddUserRoutes(Router& router, Backend& backend);
void AddReportRoutes(Router& router, Backend& backend);
void AddAuditRoutes(Router& router, Backend& backend);
void AddOpenApiRoute(Router& router);
void AddAssetRoutes(Router& router);

}  // namespace rapport::http
