#pragma once

#include "http/router.hpp"

#include <boost/json/object.hpp>

namespace rapport::http {

/// The OpenAPI 3 document of every route of `router` that carries an Operation: the document is made
/// from the descriptions written beside the handlers, and the record schemas from the same field tables
/// that drive the JSON, so that it cannot drift from what the server accepts and answers.
boost::json::object OpenApiDocument(const Router& router);

/// GET /api/v1/openapi.json. Add it after every other API route: the document is written as it is added.
void AddOpenApiRoute(Router& router);

}  // namespace rapport::http
