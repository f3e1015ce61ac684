#pragma once

#include <boost/beast/http/verb.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rapport::test {

/// A small synchronous HTTP/1.1 client for tests. It keeps one keep-alive connection and opens a new one
/// when the server has closed it. Network failures and timeouts (30 s) throw std::runtime_error: this is
/// test code, and a test that cannot reach its server has nothing else to do.
///
/// Given a proxy port, it speaks to Prism's validating proxy in front of the server, which checks each
/// exchange against the server's OpenAPI document and lists what breaks it in an `sl-violations` header.
/// Each violation that counts is a test failure (ADD_FAILURE naming the method, target, status and
/// violation): any violation of the response, and a violation of the request when the server accepted it
/// (2xx) — a test that sends bad input on purpose is judged on the server's refusal alone. Prism cannot
/// carry every request faithfully (it hangs on a body that is not JSON, and forwards a bare JSON string
/// unquoted), so a body that is not a JSON object or array goes straight to the server, as SendRaw does.
class HttpClient {
public:
    using Headers = std::vector<std::pair<std::string, std::string>>;

    struct Reply {
        int status = 0;
        std::string body;
        /// The parsed body when the response is JSON (Content-Type application/json), else null.
        boost::json::value json;
        /// Header fields by lower-case name; a repeated field's values are joined with ", ".
        std::map<std::string, std::string> headers;

        /// The value of the header field `name` (any case), or "" when absent.
        std::string header(std::string_view name) const;
    };

    HttpClient(std::string host, std::uint16_t port);
    /// Through Prism listening on `proxy_port`, in front of the server on `port` (see above).
    HttpClient(std::string host, std::uint16_t port, std::uint16_t proxy_port);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// From now on, every request carries `Authorization: Bearer <token>`; an empty token stops that.
    void set_token(std::string token);

    /// Sends one request and reads its response, skipping any 1xx interim responses. A non-empty body
    /// is sent as application/json unless `headers` names another Content-Type; `headers` override the
    /// client's own (Host, Authorization).
    Reply Request(boost::beast::http::verb method, std::string target, std::string body = {}, Headers headers = {});

    Reply Get(std::string target, Headers headers = {});
    Reply Post(std::string target, std::string json_body, Headers headers = {});
    Reply Patch(std::string target, std::string json_body, Headers headers = {});
    Reply Delete(std::string target, Headers headers = {});

    /// Writes `bytes` unchanged on a new connection of its own, reads one response and closes; for
    /// testing how the server treats broken or unusual HTTP.
    Reply SendRaw(std::string_view bytes);

    /// How many connections Request() has opened so far (to the server and to Prism); 1 after many requests
    /// means keep-alive held.
    int connections_opened() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rapport::test
