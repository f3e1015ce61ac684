#include "support/api_fixture.hpp"

#include <brotli/decode.h>
#include <zlib.h>

#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>

namespace rapport::test {
namespace {

// These tests speak straight to the server (Via::kServer). Prism's proxy cannot show them the encoding:
// it asks the server for "Accept-Encoding: *" whenever the client names none, decodes gzip and br itself
// and drops Content-Encoding, so its clients always get the plain body. (That is how the rest of the suite
// sends every compressed answer through Prism's checks.)
constexpr auto kDirect = Via::kServer;

std::string Gunzip(const std::string& packed) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) throw std::runtime_error("inflateInit2 failed");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    stream.avail_in = static_cast<uInt>(packed.size());
    std::string plain;
    std::array<char, 16384> buffer;
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
        stream.avail_out = static_cast<uInt>(buffer.size());
        result = inflate(&stream, Z_NO_FLUSH);
        plain.append(buffer.data(), buffer.size() - stream.avail_out);
    }
    bool whole = result == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (!whole) ADD_FAILURE() << "not one whole gzip stream (zlib: " << result << ")";
    return plain;
}

std::string Unbrotli(const std::string& packed) {
    auto* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (state == nullptr) throw std::runtime_error("BrotliDecoderCreateInstance failed");
    const auto* next_in = reinterpret_cast<const std::uint8_t*>(packed.data());
    std::size_t available_in = packed.size();
    std::string plain;
    std::array<std::uint8_t, 16384> buffer;
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        auto* next_out = buffer.data();
        std::size_t available_out = buffer.size();
        result = BrotliDecoderDecompressStream(state, &available_in, &next_in, &available_out, &next_out, nullptr);
        plain.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - available_out);
    }
    BrotliDecoderDestroyInstance(state);
    if (result != BROTLI_DECODER_RESULT_SUCCESS || available_in != 0) ADD_FAILURE() << "not one whole brotli stream";
    return plain;
}

// The body as the client means it, decoded as Content-Encoding says.
std::string Decoded(const HttpClient::Reply& reply) {
    auto encoding = reply.header("content-encoding");
    if (encoding == "gzip") return Gunzip(reply.body);
    if (encoding == "br") return Unbrotli(reply.body);
    EXPECT_EQ(encoding, "") << "an encoding the test does not know";
    return reply.body;
}

HttpClient::Headers Accepting(std::string accept_encoding) { return {{"Accept-Encoding", std::move(accept_encoding)}}; }

class CompressionApiTest : public ApiTest {
protected:
    // A manager with accounts enough for their first page to be well over a kilobyte.
    static void SetUpTestSuite() {
        ApiTest::SetUpTestSuite();
        owner_ = std::make_unique<TestUser>(MakeUser("manager"));
        for (int i = 0; i < 12; ++i) MakeAccount(*owner_, {{"website", "https://example.com/" + Unique("site")}});
    }
    static void TearDownTestSuite() {
        owner_.reset();
        ApiTest::TearDownTestSuite();
    }

    static const TestUser& Owner() { return *owner_; }
    static constexpr const char* kList = "/api/v1/accounts?limit=50";

private:
    static inline std::unique_ptr<TestUser> owner_;
};

TEST_F(CompressionApiTest, AListIsSentInTheCodingTheClientPrefersAndDecodesToThePlainBody) {
    auto client = As(Owner(), kDirect);

    auto plain = client->Get(kList);
    auto gzip = client->Get(kList, Accepting("gzip"));
    auto brotli = client->Get(kList, Accepting("br"));
    auto either = client->Get(kList, Accepting("gzip, deflate, br"));
    auto preferred = client->Get(kList, Accepting("br;q=0.5, gzip"));

    ASSERT_EQ(plain.status, 200);
    ASSERT_GT(plain.body.size(), 2048U) << "the page must be large enough to be compressed";
    EXPECT_EQ(plain.header("content-encoding"), "");
    EXPECT_EQ(gzip.header("content-encoding"), "gzip");
    EXPECT_EQ(brotli.header("content-encoding"), "br");
    EXPECT_EQ(either.header("content-encoding"), "gzip") << "per request, gzip costs less on a tie";
    EXPECT_EQ(preferred.header("content-encoding"), "gzip") << "the client's q-values come first";
    for (const auto* reply : {&plain, &gzip, &brotli, &either, &preferred}) {
        EXPECT_EQ(reply->status, 200);
        EXPECT_EQ(reply->header("vary"), "Accept-Encoding");
        EXPECT_EQ(reply->header("content-type"), "application/json");
    }
    EXPECT_LT(gzip.body.size(), plain.body.size() / 2);
    EXPECT_LT(brotli.body.size(), plain.body.size() / 2);
    EXPECT_EQ(Decoded(gzip), plain.body);
    EXPECT_EQ(Decoded(brotli), plain.body);
    EXPECT_EQ(Decoded(preferred), plain.body);
}

TEST_F(CompressionApiTest, QualityZeroRefusesACoding) {
    auto client = As(Owner(), kDirect);

    auto no_brotli = client->Get(kList, Accepting("br;q=0, gzip"));
    auto neither = client->Get(kList, Accepting("br;q=0, gzip;q=0"));
    auto only_identity = client->Get(kList, Accepting("*;q=0, identity"));

    EXPECT_EQ(no_brotli.header("content-encoding"), "gzip");
    EXPECT_EQ(neither.header("content-encoding"), "");
    EXPECT_EQ(only_identity.header("content-encoding"), "");
    EXPECT_EQ(Decoded(no_brotli), neither.body);
    EXPECT_EQ(neither.body, only_identity.body);
}

// Answers made per request go out in gzip unless the client weighs br strictly higher: what browsers send
// ("gzip, deflate, br, zstd", all at q=1) gets gzip, which costs the server less per answer.
TEST_F(CompressionApiTest, BrotliOnlyWhenTheClientWeighsItAboveGzip) {
    auto client = As(Owner(), kDirect);

    auto plain = client->Get(kList);
    auto browser = client->Get(kList, Accepting("gzip, deflate, br, zstd"));
    auto any = client->Get(kList, Accepting("*"));
    auto equal_weights = client->Get(kList, Accepting("br;q=0.8, gzip;q=0.8"));
    auto br_above = client->Get(kList, Accepting("gzip;q=0.8, br"));
    auto br_just_above = client->Get(kList, Accepting("br;q=1.0, gzip;q=0.999"));
    auto gzip_refused = client->Get(kList, Accepting("br;q=0.1, gzip;q=0"));

    EXPECT_EQ(browser.header("content-encoding"), "gzip");
    EXPECT_EQ(any.header("content-encoding"), "gzip");
    EXPECT_EQ(equal_weights.header("content-encoding"), "gzip");
    EXPECT_EQ(br_above.header("content-encoding"), "br");
    EXPECT_EQ(br_just_above.header("content-encoding"), "br");
    EXPECT_EQ(gzip_refused.header("content-encoding"), "br");
    for (const auto* reply : {&browser, &any, &equal_weights, &br_above, &br_just_above, &gzip_refused}) {
        EXPECT_EQ(reply->status, 200);
        EXPECT_EQ(Decoded(*reply), plain.body);
    }
}

TEST_F(CompressionApiTest, ASmallBodyIsSentAsItIsButVaries) {
    auto account = MakeAccount(Owner());

    auto reply = As(Owner(), kDirect)->Get("/api/v1/accounts/" + Text(account, "id"), Accepting("gzip, br"));

    ASSERT_EQ(reply.status, 200);
    EXPECT_LT(reply.body.size(), 1024U);
    EXPECT_EQ(reply.header("content-encoding"), "");
    EXPECT_EQ(reply.json.as_object().at("id"), account.at("id"));
    EXPECT_EQ(reply.header("vary"), "Accept-Encoding");
}

TEST_F(CompressionApiTest, ASmallErrorIsSentAsItIs) {
    auto reply = As(Owner(), kDirect)->Get("/api/v1/accounts/no-such-account", Accepting("gzip"));

    EXPECT_EQ(reply.status, 404);
    EXPECT_EQ(reply.header("content-encoding"), "");
    EXPECT_EQ(ErrorCode(reply), "not_found");
}

// The web UI's files were compressed at build time; the server picks the twin the client accepts.
TEST_F(CompressionApiTest, AWebAssetIsSentAsItsPrecompressedTwinWithAnETagPerVariant) {
    auto client = Anonymous(kDirect);
    auto index = client->Get("/");
    // index.html names the main script, "/assets/index-<hash>.js".
    auto start = index.body.find("/assets/index-");
    auto end = index.body.find(".js\"", start);
    if (start == std::string::npos || end == std::string::npos) GTEST_SKIP() << "built without the web UI";
    auto script = index.body.substr(start, end + 3 - start);

    auto plain = client->Get(script);
    auto gzip = client->Get(script, Accepting("gzip"));
    auto brotli = client->Get(script, Accepting("gzip, deflate, br"));
    auto revalidated =
        client->Get(script, {{"Accept-Encoding", "gzip, deflate, br"}, {"If-None-Match", brotli.header("etag")}});
    auto other_variant = client->Get(script, {{"Accept-Encoding", "gzip"}, {"If-None-Match", brotli.header("etag")}});

    EXPECT_EQ(gzip.header("content-encoding"), "gzip");
    EXPECT_EQ(brotli.header("content-encoding"), "br");
    EXPECT_EQ(Decoded(gzip), plain.body);
    EXPECT_EQ(Decoded(brotli), plain.body);
    EXPECT_LT(brotli.body.size(), gzip.body.size()) << "brotli 11 packs JavaScript tighter than gzip 9";
    for (const auto* reply : {&plain, &gzip, &brotli}) {
        EXPECT_EQ(reply->status, 200);
        EXPECT_EQ(reply->header("content-type"), "text/javascript; charset=utf-8");
        EXPECT_EQ(reply->header("cache-control"), "public, max-age=31536000, immutable");
        EXPECT_EQ(reply->header("vary"), "Accept-Encoding");
        EXPECT_TRUE(reply->header("etag").starts_with('"')) << reply->header("etag");
    }
    EXPECT_NE(plain.header("etag"), gzip.header("etag"));
    EXPECT_NE(gzip.header("etag"), brotli.header("etag"));
    EXPECT_NE(plain.header("etag"), brotli.header("etag"));
    EXPECT_EQ(revalidated.status, 304);
    EXPECT_EQ(revalidated.body, "");
    EXPECT_EQ(revalidated.header("etag"), brotli.header("etag"));
    EXPECT_EQ(other_variant.status, 200) << "the brotli ETag does not stand for the gzip body";
    EXPECT_EQ(other_variant.header("content-encoding"), "gzip");
}

TEST_F(CompressionApiTest, IndexHtmlIsRevalidatedEveryTimeInEachEncoding) {
    auto client = Anonymous(kDirect);

    auto plain = client->Get("/");
    auto brotli = client->Get("/accounts", Accepting("br"));
    auto revalidated = client->Get("/", {{"Accept-Encoding", "br"}, {"If-None-Match", brotli.header("etag")}});

    ASSERT_EQ(plain.status, 200);
    if (plain.header("etag").empty()) GTEST_SKIP() << "this binary was built without the web UI";
    EXPECT_EQ(plain.header("cache-control"), "no-cache");
    EXPECT_EQ(plain.header("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(brotli.header("cache-control"), "no-cache");
    EXPECT_EQ(brotli.header("content-encoding"), "br");
    EXPECT_EQ(Decoded(brotli), plain.body);
    EXPECT_EQ(revalidated.status, 304);
    EXPECT_EQ(revalidated.header("cache-control"), "no-cache");
    EXPECT_EQ(revalidated.header("vary"), "Accept-Encoding");
}

}  // namespace
}  // namespace rapport::test
