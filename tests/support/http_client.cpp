#include "support/http_client.hpp"

#include <gtest/gtest.h>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <stdexcept>

namespace rapport::test {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr auto kTimeout = std::chrono::seconds(30);

std::string Lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

struct Exchange {
    beast::error_code write_error;
    beast::error_code read_error;
    bool got_response_bytes = false;
    bhttp::response<bhttp::string_body> response;
};

// Writes the request and reads the response at the same time: a server may answer before it has read the
// whole request (a 413) and close, and that answer must be heard even though the write then fails.
template <typename StartWrite>
Exchange Transact(asio::io_context& io, beast::tcp_stream& stream, beast::flat_buffer& buffer, StartWrite start_write) {
    Exchange exchange;
    std::optional<bhttp::response_parser<bhttp::string_body>> parser;
    std::function<void()> read_next = [&] {
        parser.emplace();
        parser->body_limit(boost::none);
        bhttp::async_read(stream, buffer, *parser, [&](beast::error_code error, std::size_t) {
            exchange.got_response_bytes = exchange.got_response_bytes || parser->got_some();
            if (!error && parser->get().result_int() / 100 == 1) return read_next();  // 100 Continue.
            exchange.read_error = error;
            if (!error) exchange.response = parser->release();
        });
    };

    stream.expires_after(kTimeout);
    start_write([&](beast::error_code error, std::size_t) { exchange.write_error = error; });
    read_next();
    io.restart();
    io.run();
    return exchange;
}

HttpClient::Reply ToReply(bhttp::response<bhttp::string_body>& response) {
    HttpClient::Reply reply;
    reply.status = static_cast<int>(response.result_int());
    for (const auto& field : response) {
        std::string& value = reply.headers[Lower(field.name_string())];
        if (!value.empty()) value += ", ";
        value += field.value();
    }
    reply.body = std::move(response.body());
    if (Lower(reply.header("content-type")).starts_with("application/json") && !reply.body.empty()) {
        boost::system::error_code error;
        auto json = boost::json::parse(reply.body, error);
        if (!error) reply.json = std::move(json);
    }
    return reply;
}

// Whether Prism carries `body` to the server unchanged: it hangs on a JSON request whose body does not parse,
// and forwards a bare string unquoted (and null, false or 0 as no body at all).
bool PrismCarries(const std::string& body) {
    if (body.empty()) return true;
    boost::system::error_code error;
    auto json = boost::json::parse(body, error);
    return !error && (json.is_object() || json.is_array());
}

// Prism lists what breaks the document in `sl-violations`: a JSON array of {"location": ["request" or
// "response", then the path to the part at fault], "severity", "message"}. See HttpClient for which count.
void ReportViolations(bhttp::verb method, const std::string& target, const HttpClient::Reply& reply) {
    auto exchange = std::string(bhttp::to_string(method)) + " " + target + " -> " + std::to_string(reply.status);
    if (reply.header("content-type").starts_with("application/problem+json")) {
        // Prism's own errors; the server's are {"error": …}.
        ADD_FAILURE() << exchange << ": Prism could not carry the exchange: " << reply.body;
        return;
    }
    auto header = reply.header("sl-violations");
    if (header.empty()) return;
    boost::system::error_code error;
    auto violations = boost::json::parse(header, error);
    if (error || !violations.is_array()) {  // "Too many violations! …", cut short at 8 kB.
        ADD_FAILURE() << exchange << " breaks the OpenAPI document: " << header;
        return;
    }
    auto text = [](const boost::json::value& json) {
        return json.is_string() ? std::string(json.get_string()) : boost::json::serialize(json);
    };
    bool accepted = reply.status / 100 == 2;
    for (const auto& violation : violations.as_array()) {
        std::string location;
        if (const auto* parts = violation.as_object().if_contains("location"); parts && parts->is_array()) {
            for (const auto& part : parts->as_array()) location += (location.empty() ? "" : ".") + text(part);
        }
        if (!location.starts_with("response") && !accepted) continue;
        ADD_FAILURE() << exchange << " breaks the OpenAPI document: " << location << ": "
                      << text(violation.as_object().at("message"));
    }
}

}  // namespace

std::string HttpClient::Reply::header(std::string_view name) const {
    auto found = headers.find(Lower(name));
    return found == headers.end() ? std::string() : found->second;
}

// One keep-alive connection, to the server or to Prism.
struct Connection {
    Connection(asio::io_context& io, std::uint16_t port_number) : port(port_number), stream(io) {}

    std::uint16_t port;
    beast::tcp_stream stream;
    beast::flat_buffer buffer;
    bool connected = false;
};

struct HttpClient::Impl {
    Impl(std::string host_name, std::uint16_t port, std::uint16_t proxy_port)
        : host(std::move(host_name)), server(io, port) {
        if (proxy_port != 0) proxy.emplace(io, proxy_port);
    }

    void Open(beast::tcp_stream& target, std::uint16_t port) {
        tcp::resolver resolver(io);
        target.connect(resolver.resolve(host, std::to_string(port)));
        target.socket().set_option(tcp::no_delay(true));
    }

    void Close(Connection& connection) {
        beast::error_code ignored;
        connection.stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        connection.stream.close();
        connection.buffer.clear();
        connection.connected = false;
    }

    std::string host;
    std::string token;
    asio::io_context io;
    Connection server;
    std::optional<Connection> proxy;  // Prism, when the client checks conformance.
    int connections_opened = 0;
};

HttpClient::HttpClient(std::string host, std::uint16_t port) : HttpClient(std::move(host), port, 0) {}

HttpClient::HttpClient(std::string host, std::uint16_t port, std::uint16_t proxy_port)
    : impl_(std::make_unique<Impl>(std::move(host), port, proxy_port)) {}

HttpClient::~HttpClient() = default;

void HttpClient::set_token(std::string token) { impl_->token = std::move(token); }

int HttpClient::connections_opened() const { return impl_->connections_opened; }

HttpClient::Reply HttpClient::Request(boost::beast::http::verb method, std::string target, std::string body,
                                      Headers headers) {
    Impl& impl = *impl_;
    bool checked = impl.proxy && PrismCarries(body);
    Connection& connection = checked ? *impl.proxy : impl.server;
    bhttp::request<bhttp::string_body> request{method, target, 11};
    request.set(bhttp::field::host, impl.host + ":" + std::to_string(connection.port));
    if (!impl.token.empty()) request.set(bhttp::field::authorization, "Bearer " + impl.token);
    if (!body.empty()) request.set(bhttp::field::content_type, "application/json");
    for (const auto& [name, value] : headers) request.set(name, value);
    request.body() = std::move(body);
    request.prepare_payload();
    request.keep_alive(true);

    for (int attempt = 0;; ++attempt) {
        bool reused = connection.connected;
        if (!connection.connected) {
            impl.Open(connection.stream, connection.port);
            connection.connected = true;
            ++impl.connections_opened;
        }

        auto exchange = Transact(impl.io, connection.stream, connection.buffer, [&](auto handler) {
            bhttp::async_write(connection.stream, request, std::move(handler));
        });
        if (!exchange.read_error) {
            if (!exchange.response.keep_alive()) impl.Close(connection);
            auto reply = ToReply(exchange.response);
            if (checked) ReportViolations(method, target, reply);
            return reply;
        }

        impl.Close(connection);
        // The server may have closed a kept-alive connection (idle timeout) just as we reused it. When not a
        // byte of an answer came back, one more try on a new connection is what any client would do.
        if (!reused || exchange.got_response_bytes || attempt > 0) {
            throw std::runtime_error("HTTP " + std::string(bhttp::to_string(method)) + " " + target +
                                     " failed: " + exchange.read_error.message());
        }
    }
}

HttpClient::Reply HttpClient::Get(std::string target, Headers headers) {
    return Request(bhttp::verb::get, std::move(target), {}, std::move(headers));
}

HttpClient::Reply HttpClient::Post(std::string target, std::string json_body, Headers headers) {
    return Request(bhttp::verb::post, std::move(target), std::move(json_body), std::move(headers));
}

HttpClient::Reply HttpClient::Patch(std::string target, std::string json_body, Headers headers) {
    return Request(bhttp::verb::patch, std::move(target), std::move(json_body), std::move(headers));
}

HttpClient::Reply HttpClient::Delete(std::string target, Headers headers) {
    return Request(bhttp::verb::delete_, std::move(target), {}, std::move(headers));
}

HttpClient::Reply HttpClient::SendRaw(std::string_view bytes) {
    Impl& impl = *impl_;
    beast::tcp_stream raw(impl.io);
    beast::flat_buffer raw_buffer;
    impl.Open(raw, impl.server.port);
    std::string data(bytes);

    auto exchange = Transact(impl.io, raw, raw_buffer,
                             [&](auto handler) { asio::async_write(raw, asio::buffer(data), std::move(handler)); });
    beast::error_code ignored;
    raw.socket().shutdown(tcp::socket::shutdown_both, ignored);
    raw.close();
    if (exchange.read_error) throw std::runtime_error("raw HTTP exchange failed: " + exchange.read_error.message());
    return ToReply(exchange.response);
}

}  // namespace rapport::test
