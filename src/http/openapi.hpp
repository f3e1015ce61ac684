#pragma once

#include <boost/json/object.hpp>

namespace rapport::http {

/// The OpenAPI 3 document of the API, built from the same field tables that drive the JSON,
/// so that it cannot drift from what the server accepts. A test checks that it names every route.
const boost::json::object& OpenApiDocument();

}  // namespace rapport::http
