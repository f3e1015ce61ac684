// The router (http::Router::Dispatch) over the real route table, with any method and any decoded path: the
// first input byte picks the method, the rest is the path. What it answers is checked against a plain reading
// of the route table (route_check.hpp): the preferred route, the right 405 with its Allow header, or 404.

#include "route_check.hpp"

#include <boost/beast/http/verb.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    rapport::fuzz::EchoRouter();  // Builds the route table before the first input, so it is not timed with it.
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using boost::beast::http::verb;
    if (size == 0) return 0;
    rapport::http::Request request;
    request.method = static_cast<verb>(data[0] % (static_cast<unsigned>(verb::unlink) + 1));
    request.path.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    rapport::fuzz::CheckDispatch(request);
    return 0;
}
