// The HTTP/1.1 request parser as the server runs it (Beast's request_parser with the server's body limit), over
// bytes as a client sends them, several requests in a row on one connection. A request that parses becomes an
// http::Request the way server.cpp makes one (headers, body, ParseTarget) and is dispatched on the real route
// table (route_check.hpp). Checked: a parsed body is within the limit; the request's header look-up finds the
// first field of a name in any case; a decoded path starts with '/' and holds no NUL; the router's answer.

#include "fuzz_check.hpp"
#include "route_check.hpp"

#include "http/message.hpp"
#include "http/server.hpp"

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace rapport {
namespace {

namespace bhttp = boost::beast::http;

constexpr int kRequestsPerConnection = 4;

void CheckHeaders(const http::Request& request) {
    for (const auto& [name, value] : request.headers) {
        std::string_view first;
        for (const auto& [other, other_value] : request.headers) {
            if (boost::beast::iequals(name, other)) {
                first = other_value;
                break;
            }
        }
        RAPPORT_FUZZ_REQUIRE(request.header(name) == first, "header " + name);
    }
}

// Reads one request from the front of `input`, as the server's reads do; false when there is none, and the
// server would refuse the bytes and close. A target that does not parse leaves `routable` false: the server
// answers 400 and reads on.
bool ReadRequest(boost::asio::const_buffer& input, http::Request& request, bool& routable) {
    bhttp::request_parser<bhttp::string_body> parser;
    const auto body_limit = http::ServerConfig{}.body_limit;
    parser.body_limit(body_limit);
    parser.eager(true);
    boost::beast::error_code error;
    while (!parser.is_done()) {
        auto used = parser.put(input, error);
        input += used;
        if (error == bhttp::error::need_more) {
            parser.put_eof(error);  // The client sent no more.
            break;
        }
        if (error || used == 0) break;
    }
    if (error || !parser.is_done()) return false;

    auto& message = parser.get();
    RAPPORT_FUZZ_REQUIRE(message.body().size() <= body_limit, std::to_string(message.body().size()) + " bytes");
    request.method = message.method();
    for (const auto& field : message) request.headers.emplace_back(field.name_string(), field.value());
    request.body = std::move(message.body());
    routable = static_cast<bool>(http::ParseTarget(message.target(), request));
    return true;
}

}  // namespace
}  // namespace rapport

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    rapport::fuzz::EchoRouter();  // Builds the route table before the first input, so it is not timed with it.
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rapport;
    boost::asio::const_buffer input(data, size);
    for (int i = 0; i < kRequestsPerConnection && input.size() > 0; ++i) {
        http::Request request;
        bool routable = false;
        if (!ReadRequest(input, request, routable)) break;
        CheckHeaders(request);
        if (!routable) continue;
        RAPPORT_FUZZ_REQUIRE(request.path.starts_with('/') && request.path.find('\0') == std::string::npos,
                             "path " + request.path);
        fuzz::CheckDispatch(request);
    }
    return 0;
}
