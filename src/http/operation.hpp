#pragma once

#include "core/result.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rapport::http {

/// A schema the document lists under components/schemas, by name.
struct NamedSchema {
    std::string name;
    boost::json::object schema;
};

/// One successful answer of an operation.
struct Success {
    int status = 200;
    std::string description;
    boost::json::value schema = nullptr;    // The JSON body's schema; null for no body.
    std::vector<std::string> headers = {};  // Named in the document's components/headers: ETag, Location, Set-Cookie.
    // What the body may be sent as, each with `schema`; none says application/json. (Not a default member
    // initialiser: GCC 12 fails on one here, inside the nested braces of the record routes' operations.)
    std::vector<std::string> media_types = {};
};

/// Where the server runs a route's handler. On the connection's event loop by default: most handlers take
/// less than a hand-over to another thread and back would cost. A handler that may take long (a report over
/// many rows, a rendered document) runs on the server's worker pool instead, while the loop goes on serving
/// its other connections (see Server).
enum class Runs { kOnLoop, kOffLoop };

/// What the OpenAPI document says of one route. It is written beside the route's handler and given to
/// Router::Add with it, so that the document lists exactly the routes the server has, each as the code
/// that serves it reads and answers.
///
/// The refusals that follow from the operation's shape are added when the document is built, so that
/// no route forgets them: 401 for a signed-in route, 400 for query or header parameters and for a body
/// (with 413 and 422), 404 for a path parameter, 412 for If-Match, 500 and 503 everywhere. `refusals`
/// names the others: those of the route's own rules (403, 409, 429).
struct Operation {
    std::string id;       // operationId, stable: "listAccounts", "sendOffer".
    std::string tag;      // The group: "accounts".
    std::string summary;  // One line.
    std::string description = {};
    bool signed_in = true;  // False: served to anyone (security: []).
    boost::json::array parameters = {};
    boost::json::value body = nullptr;  // The JSON request body's schema; null when the route takes none.
    std::vector<Success> successes = {};
    std::vector<ErrorCode> refusals = {};
    std::vector<NamedSchema> schemas = {};  // The components that the schemas above refer to.
    Runs runs = Runs::kOnLoop;              // Not in the document: where the server runs the handler.
};

/// {"$ref": "#/components/schemas/<name>"}
boost::json::object SchemaRef(std::string_view name);

/// An object schema whose properties are all always present: what the server answers.
boost::json::object AnswerSchema(boost::json::object properties);

/// A path parameter {name}, an opaque id.
boost::json::object PathId(std::string_view name = "id");

/// The If-Match header of a conditional write.
boost::json::object IfMatchHeader();

/// A query parameter with its schema.
boost::json::object QueryParameter(std::string_view name, boost::json::object schema, std::string_view description);

}  // namespace rapport::http
