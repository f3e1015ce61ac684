#include "http/client_address.hpp"

#include <algorithm>
#include <optional>

namespace rapport::http {
namespace {

using boost::asio::ip::address;

std::string_view Trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

address Normalized(const address& parsed) {
    if (parsed.is_v6() && parsed.to_v6().is_v4_mapped()) {
        return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, parsed.to_v6());
    }
    return parsed;
}

// One X-Forwarded-For entry: "203.0.113.7", "2001:db8::1", "[2001:db8::1]:443" or "203.0.113.7:443".
std::optional<address> ParseEntry(std::string_view entry) {
    entry = Trim(entry);
    if (entry.starts_with('[')) {
        auto close = entry.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        entry = entry.substr(1, close - 1);
    } else if (std::count(entry.begin(), entry.end(), ':') == 1) {
        entry = entry.substr(0, entry.find(':'));
    }
    boost::system::error_code error;
    auto parsed = boost::asio::ip::make_address(std::string(entry), error);
    if (error) return std::nullopt;
    return Normalized(parsed);
}

// Every entry of every X-Forwarded-For field, in the order the proxies appended them.
std::vector<std::string_view> ForwardedFor(const Request& request) {
    std::vector<std::string_view> entries;
    for (const auto& [name, value] : request.headers) {
        if (!std::ranges::equal(name, std::string_view("x-forwarded-for"),
                                [](char a, char b) { return (a | 0x20) == b; })) {
            continue;
        }
        std::string_view rest = value;
        while (true) {
            auto comma = rest.find(',');
            entries.push_back(rest.substr(0, comma));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    return entries;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::Parse(const std::vector<std::string>& addresses, std::string_view field) {
    TrustedProxies proxies;
    for (const auto& text : addresses) {
        boost::system::error_code error;
        auto parsed = boost::asio::ip::make_address(text, error);
        if (error) return InvalidField(std::string(field), "\"" + text + "\" is not an IP address");
        proxies.addresses_.push_back(Normalized(parsed));
    }
    return proxies;
}

bool TrustedProxies::Contains(const address& candidate) const {
    return std::find(addresses_.begin(), addresses_.end(), candidate) != addresses_.end();
}

std::string ClientAddress(const Request& request, const TrustedProxies& proxies) {
    if (proxies.empty()) return request.remote_address;
    boost::system::error_code error;
    auto peer = boost::asio::ip::make_address(request.remote_address, error);
    if (error || !proxies.Contains(Normalized(peer))) return request.remote_address;
    auto hop = Normalized(peer);
    auto entries = ForwardedFor(request);
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
        auto parsed = ParseEntry(*entry);
        if (!parsed) break;
        hop = *parsed;
        if (!proxies.Contains(hop)) break;
    }
    return hop.to_string();
}

}  // namespace rapport::http
