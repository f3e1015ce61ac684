#include "http/client_address.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rapport::http {
namespace {

TrustedProxies Proxies(const std::vector<std::string>& addresses) {
    auto proxies = TrustedProxies::Parse(addresses, "trusted-proxy");
    EXPECT_TRUE(proxies);
    return proxies ? *proxies : TrustedProxies{};
}

Request From(std::string peer, std::vector<std::string> forwarded_for = {}) {
    Request request;
    request.remote_address = std::move(peer);
    for (auto& value : forwarded_for) request.headers.emplace_back("X-Forwarded-For", std::move(value));
    return request;
}

TEST(ClientAddressTest, WithoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays) {
    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"203.0.113.7"}), TrustedProxies{}), "10.0.0.2");
}

TEST(ClientAddressTest, AnUntrustedPeersHeaderIsIgnored) {
    EXPECT_EQ(ClientAddress(From("10.0.0.9", {"203.0.113.7"}), Proxies({"10.0.0.2"})), "10.0.0.9");
}

TEST(ClientAddressTest, BehindATrustedProxyTheLastEntryIsTheClient) {
    auto proxies = Proxies({"10.0.0.2"});

    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"203.0.113.7"}), proxies), "203.0.113.7");
    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"198.51.100.1, 203.0.113.7"}), proxies), "203.0.113.7")
        << "what the client wrote itself, on the left, is not believed";
}

TEST(ClientAddressTest, ChainsOfTrustedProxiesAreWalkedFromTheRight) {
    auto proxies = Proxies({"10.0.0.2", "10.0.0.3"});

    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"198.51.100.1, 203.0.113.7, 10.0.0.3"}), proxies), "203.0.113.7");
    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"198.51.100.1, 203.0.113.7", "10.0.0.3"}), proxies), "203.0.113.7")
        << "repeated header fields read as one list";
}

TEST(ClientAddressTest, EntriesMayCarryPortsBracketsAndMappedAddresses) {
    auto proxies = Proxies({"10.0.0.2"});

    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"203.0.113.7:5123"}), proxies), "203.0.113.7");
    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"[2001:db8::1]:443"}), proxies), "2001:db8::1");
    EXPECT_EQ(ClientAddress(From("10.0.0.2", {" 2001:db8::2 "}), proxies), "2001:db8::2");
    EXPECT_EQ(ClientAddress(From("::ffff:10.0.0.2", {"::ffff:203.0.113.7"}), proxies), "203.0.113.7");
}

TEST(ClientAddressTest, GarbageOrNoHeaderLeavesTheLastTrustedHop) {
    auto proxies = Proxies({"10.0.0.2"});

    EXPECT_EQ(ClientAddress(From("10.0.0.2", {"not an address"}), proxies), "10.0.0.2");
    EXPECT_EQ(ClientAddress(From("10.0.0.2"), proxies), "10.0.0.2");
}

TEST(ClientAddressTest, ATrustedProxyThatIsNotAnAddressIsRefusedByName) {
    auto proxies = TrustedProxies::Parse({"10.0.0.2", "lb.example.com"}, "trusted-proxy");

    ASSERT_FALSE(proxies);
    EXPECT_EQ(proxies.error().field, "trusted-proxy");
    EXPECT_NE(proxies.error().message.find("lb.example.com"), std::string::npos);
}

}  // namespace
}  // namespace rapport::http
