#include "http/handlers.hpp"

#include "http/request_parsing.hpp"

namespace rapport::http {

Handler Authenticated(service::Services& services, CallerHandler handler) {
    return [&services, handler = std::move(handler)](Request& request) {
        auto caller = services.auth.Authenticate(SessionToken(request));
        if (!caller) {
            auto response = ErrorResponse(caller.error());
            response.headers.emplace_back("WWW-Authenticate", "Bearer");
            return response;
        }
        return handler(request, *caller);
    };
}

}  // namespace rapport::http
