#include "http/compression.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace rapport::http {
namespace {

using boost::beast::http::status;
using boost::beast::http::verb;

TEST(ChooseEncodingTest, WithoutTheHeaderOrWithAnEmptyOneTheBodyGoesAsItIs) {
    EXPECT_EQ(ChooseEncoding(""), Encoding::kIdentity);
    EXPECT_EQ(ChooseEncoding("  "), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, BrotliWinsWhenTheClientAcceptsBothAlike) {
    EXPECT_EQ(ChooseEncoding("gzip, deflate, br"), Encoding::kBrotli);
    EXPECT_EQ(ChooseEncoding("br;q=0.9, gzip;q=0.9"), Encoding::kBrotli);
    EXPECT_EQ(ChooseEncoding("gzip, deflate, br, zstd"), Encoding::kBrotli) << "what Chrome sends";
}

TEST(ChooseEncodingTest, AnswersMadePerRequestPreferGzipOnATieButNotOverTheClientsChoice) {
    Available per_request{.brotli_first = false};
    EXPECT_EQ(ChooseEncoding("gzip, deflate, br, zstd", per_request), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("*", per_request), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("gzip;q=0.5, br", per_request), Encoding::kBrotli);
    EXPECT_EQ(ChooseEncoding("br", per_request), Encoding::kBrotli);
}

TEST(ChooseEncodingTest, TheClientsPreferenceWinsOverTheServers) {
    EXPECT_EQ(ChooseEncoding("gzip;q=1.0, br;q=0.5"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("br;q=0.001, gzip;q=0.002"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("identity, gzip;q=0.5"), Encoding::kIdentity) << "identity named with q=1";
}

TEST(ChooseEncodingTest, QualityZeroRefusesACoding) {
    EXPECT_EQ(ChooseEncoding("br;q=0, gzip"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("gzip;q=0"), Encoding::kIdentity);
    EXPECT_EQ(ChooseEncoding("br;q=0.000, gzip;q=0"), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, OnlyTheCodingsTheClientNamesAreSent) {
    EXPECT_EQ(ChooseEncoding("gzip"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("br"), Encoding::kBrotli);
    EXPECT_EQ(ChooseEncoding("deflate"), Encoding::kIdentity);
    EXPECT_EQ(ChooseEncoding("compress, zstd"), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, AStarStandsForEveryCodingNotNamed) {
    EXPECT_EQ(ChooseEncoding("*"), Encoding::kBrotli) << "what Prism's proxy sends upstream";
    EXPECT_EQ(ChooseEncoding("br;q=0, *"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("*;q=0"), Encoding::kIdentity) << "identity refused too, but it is the fallback";
    EXPECT_EQ(ChooseEncoding("identity, *;q=0.5"), Encoding::kIdentity);
    EXPECT_EQ(ChooseEncoding("gzip;q=0.5, *;q=0.1"), Encoding::kGzip);
}

TEST(ChooseEncodingTest, WhatTheBodyIsNotAvailableInIsNotChosen) {
    EXPECT_EQ(ChooseEncoding("br, gzip", {.gzip = true, .brotli = false}), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("br", {.gzip = true, .brotli = false}), Encoding::kIdentity);
    EXPECT_EQ(ChooseEncoding("br, gzip", {.gzip = false, .brotli = false}), Encoding::kIdentity);
}

TEST(ChooseEncodingTest, CodingsMatchIgnoringCaseAndSpacesAndXGzipIsGzip) {
    EXPECT_EQ(ChooseEncoding("GZIP"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("x-gzip"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding(" br ; Q=0.5 ,\tgzip ; q=0.4 "), Encoding::kBrotli);
}

TEST(ChooseEncodingTest, AnEntryThatDoesNotParseIsIgnored) {
    EXPECT_EQ(ChooseEncoding("br;q=2, gzip"), Encoding::kGzip) << "q above 1";
    EXPECT_EQ(ChooseEncoding("br;q=0.5000, gzip;q=0.1"), Encoding::kGzip) << "more than three decimals";
    EXPECT_EQ(ChooseEncoding("br;q=high, gzip;q=0.1"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding("br;q, gzip;q=0.1"), Encoding::kGzip);
    EXPECT_EQ(ChooseEncoding(",,;q=1,gzip"), Encoding::kGzip);
}

TEST(ChooseEncodingTest, ParametersOtherThanQAreIgnored) {
    EXPECT_EQ(ChooseEncoding("br;level=9;q=0, gzip"), Encoding::kGzip);
}

TEST(CompressibleTypeTest, TextJsonAndSvgAreCompressedImagesAndFontsAreNot) {
    for (auto type : {"application/json", "text/html; charset=utf-8", "text/javascript; charset=utf-8", "text/css",
                      "image/svg+xml", "application/problem+json", "application/manifest+json", "Application/JSON"}) {
        EXPECT_TRUE(IsCompressibleType(type)) << type;
    }
    for (auto type : {"image/png", "image/x-icon", "font/woff2", "application/octet-stream", "application/gzip", ""}) {
        EXPECT_FALSE(IsCompressibleType(type)) << type;
    }
}

Request Asking(std::string accept_encoding, verb method = verb::get) {
    Request request;
    request.method = method;
    if (!accept_encoding.empty()) request.headers.emplace_back("Accept-Encoding", std::move(accept_encoding));
    return request;
}

Response Json(std::size_t size, status code = status::ok) {
    Response response;
    response.status = code;
    response.body = "[" + std::string(size - 2, ' ') + "]";
    return response;
}

std::string Header(const Response& response, std::string_view name) {
    std::string values;
    for (const auto& [field, value] : response.headers) {
        if (field == name) values += (values.empty() ? "" : ", ") + value;
    }
    return values;
}

TEST(CompressForClientTest, ALargeJsonBodyIsCompressedAsAskedAndNamed) {
    auto gzipped = Json(4000);
    auto brotli = Json(4000);

    CompressForClient(Asking("gzip"), gzipped);
    CompressForClient(Asking("br"), brotli);

    EXPECT_EQ(Header(gzipped, "Content-Encoding"), "gzip");
    EXPECT_TRUE(gzipped.body.starts_with("\x1f\x8b")) << "a gzip stream's magic number";
    EXPECT_LT(gzipped.body.size(), 100U);
    EXPECT_EQ(Header(brotli, "Content-Encoding"), "br");
    EXPECT_LT(brotli.body.size(), 100U);
    EXPECT_EQ(Header(gzipped, "Vary"), "Accept-Encoding");
    EXPECT_EQ(Header(brotli, "Vary"), "Accept-Encoding");
}

TEST(CompressForClientTest, AnAnswerMadePerRequestIsBrotliOnlyWhenTheClientWeighsBrAboveGzip) {
    auto Encoded = [](std::string accept_encoding) {
        auto response = Json(4000);
        CompressForClient(Asking(std::move(accept_encoding)), response);
        return Header(response, "Content-Encoding");
    };

    EXPECT_EQ(Encoded("gzip, deflate, br, zstd"), "gzip") << "what Chrome sends";
    EXPECT_EQ(Encoded("gzip, deflate, br"), "gzip") << "what Firefox and Safari send";
    EXPECT_EQ(Encoded("br;q=0.5, gzip;q=0.5"), "gzip");
    EXPECT_EQ(Encoded("*"), "gzip");
    EXPECT_EQ(Encoded("br, *;q=0.9"), "br") << "gzip is unnamed, so it weighs what * does";
    EXPECT_EQ(Encoded("gzip;q=0.999, br"), "br");
    EXPECT_EQ(Encoded("br"), "br");
    EXPECT_EQ(Encoded("br, gzip;q=0"), "br");
    EXPECT_EQ(Encoded("identity, br;q=0.5"), "") << "identity named at q=1 outweighs br";
}

TEST(GzipCompressTest, AGzipStreamEndsWithTheBodysLengthAndPacksRepetitiveJson) {
    std::string body;
    for (int i = 0; i < 200; ++i) body += R"({"id":")" + std::to_string(i) + R"(","name":"Account"},)";

    for (int level : {1, 6, 12}) {
        auto packed = GzipCompress(body, level);

        ASSERT_TRUE(packed) << level;
        EXPECT_TRUE(packed->starts_with("\x1f\x8b\x08")) << "gzip's magic number and deflate, level " << level;
        EXPECT_LT(packed->size(), body.size() / 5) << level;
        // RFC 1952's trailer: the body's length modulo 2^32, little-endian.
        auto tail = packed->substr(packed->size() - 4);
        std::uint32_t length = 0;
        for (int i = 3; i >= 0; --i) length = length << 8 | static_cast<unsigned char>(tail[i]);
        EXPECT_EQ(length, body.size()) << level;
    }
    EXPECT_TRUE(GzipCompress("", kDynamicGzipLevel)) << "an empty body is an empty stream, not a failure";
}

TEST(CompressForClientTest, ASmallBodyGoesAsItIsButStillVaries) {
    auto response = Json(kCompressFrom - 1);

    CompressForClient(Asking("gzip, br"), response);

    EXPECT_EQ(Header(response, "Content-Encoding"), "");
    EXPECT_EQ(response.body.size(), kCompressFrom - 1);
    EXPECT_EQ(Header(response, "Vary"), "Accept-Encoding") << "the same URL may answer with a larger body";
}

TEST(CompressForClientTest, AClientThatAsksForNothingGetsThePlainBodyAndTheVary) {
    auto response = Json(4000);

    CompressForClient(Asking(""), response);

    EXPECT_EQ(Header(response, "Content-Encoding"), "");
    EXPECT_EQ(response.body.size(), 4000U);
    EXPECT_EQ(Header(response, "Vary"), "Accept-Encoding");
}

TEST(CompressForClientTest, HeadAndBodilessStatusesAreLeftAlone) {
    auto head = Json(4000);
    auto not_modified = Json(4000, status::not_modified);
    auto no_content = Json(4000, status::no_content);

    CompressForClient(Asking("gzip", verb::head), head);
    CompressForClient(Asking("gzip"), not_modified);
    CompressForClient(Asking("gzip"), no_content);

    for (const auto* response : {&head, &not_modified, &no_content}) {
        EXPECT_TRUE(response->headers.empty());
        EXPECT_EQ(response->body.size(), 4000U);
    }
}

TEST(CompressForClientTest, CompressedTypesAreLeftAloneWithoutVary) {
    auto image = Json(4000);
    image.content_type = "image/png";

    CompressForClient(Asking("gzip"), image);

    EXPECT_TRUE(image.headers.empty());
    EXPECT_EQ(image.body.size(), 4000U);
}

TEST(CompressForClientTest, AResponseWhoseHandlerChoseTheEncodingIsLeftAlone) {
    auto precompressed = Json(4000);
    precompressed.headers.emplace_back("Content-Encoding", "gzip");
    auto negotiated = Json(4000);
    negotiated.headers.emplace_back("Vary", "Accept-Encoding");

    CompressForClient(Asking("br"), precompressed);
    CompressForClient(Asking("br"), negotiated);

    EXPECT_EQ(precompressed.headers.size(), 1U);
    EXPECT_EQ(negotiated.headers.size(), 1U);
    EXPECT_EQ(negotiated.body.size(), 4000U);
}

TEST(CompressForClientTest, ErrorsAreCompressedLikeAnyOtherJson) {
    auto error = Json(4000, status::bad_request);

    CompressForClient(Asking("gzip"), error);

    EXPECT_EQ(Header(error, "Content-Encoding"), "gzip");
}

}  // namespace
}  // namespace rapport::http
