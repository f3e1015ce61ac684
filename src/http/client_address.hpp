#pragma once

#include "core/result.hpp"
#include "http/message.hpp"

#include <boost/asio/ip/address.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace rapport::http {

/// The proxies (load balancers) whose X-Forwarded-For the server believes: `serve --trusted-proxy`.
class TrustedProxies {
public:
    TrustedProxies() = default;

    /// kInvalidArgument naming `field` when an entry is not an IP address.
    static Result<TrustedProxies> Parse(const std::vector<std::string>& addresses, std::string_view field);

    bool Contains(const boost::asio::ip::address& address) const;
    bool empty() const { return addresses_.empty(); }

private:
    std::vector<boost::asio::ip::address> addresses_;
};

/// The address the request comes from, as the wrong-password limits count it: the connection's peer,
/// unless that is a trusted proxy. Then X-Forwarded-For is read from the right (its last entry was
/// appended by the nearest proxy, the only one a client cannot forge), skipping trusted proxies, and the
/// first other address is the client's. An entry that is not an IP address ends the walk at the last
/// trusted hop, so that garbage cannot pose as a fresh client. IPv4-mapped IPv6 addresses read as IPv4.
std::string ClientAddress(const Request& request, const TrustedProxies& proxies);

}  // namespace rapport::http
