#include "core/base64.hpp"

#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport {
namespace {

// `length` varied bytes, high bits set in many of them.
std::string Bytes(std::size_t length) {
    std::string bytes;
    for (std::size_t i = 0; i < length; ++i) bytes += static_cast<char>((i * 151 + 255) & 0xff);
    return bytes;
}

TEST(Base64UrlTest, EncodesTheRfc4648VectorsWithoutPadding) {
    EXPECT_EQ(EncodeBase64Url(""), "");
    EXPECT_EQ(EncodeBase64Url("f"), "Zg");
    EXPECT_EQ(EncodeBase64Url("fo"), "Zm8");
    EXPECT_EQ(EncodeBase64Url("foo"), "Zm9v");
    EXPECT_EQ(EncodeBase64Url("foob"), "Zm9vYg");
    EXPECT_EQ(EncodeBase64Url("fooba"), "Zm9vYmE");
    EXPECT_EQ(EncodeBase64Url("foobar"), "Zm9vYmFy");
}

TEST(Base64UrlTest, UsesTheUrlSafeAlphabet) {
    EXPECT_EQ(EncodeBase64Url("\xfb\xff"), "-_8");
    EXPECT_EQ(EncodeBase64Url("\xff\xff\xff"), "____");
    EXPECT_EQ(EncodeBase64Url("\xfb\xef\xbe"), "----");
}

TEST(Base64UrlTest, DecodesTheRfc4648Vectors) {
    EXPECT_EQ(DecodeBase64Url(""), "");
    EXPECT_EQ(DecodeBase64Url("Zg"), "f");
    EXPECT_EQ(DecodeBase64Url("Zm8"), "fo");
    EXPECT_EQ(DecodeBase64Url("Zm9v"), "foo");
    EXPECT_EQ(DecodeBase64Url("Zm9vYmFy"), "foobar");
    EXPECT_EQ(DecodeBase64Url("-_8"), "\xfb\xff");
}

TEST(Base64UrlTest, RoundTripsEveryLengthFromZeroTo64) {
    for (std::size_t length = 0; length <= 64; ++length) {
        auto bytes = Bytes(length);

        auto text = EncodeBase64Url(bytes);
        auto decoded = DecodeBase64Url(text);

        EXPECT_EQ(text.size(), (length * 4 + 2) / 3) << "length " << length;
        EXPECT_EQ(text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
                  std::string::npos);
        ASSERT_TRUE(decoded) << "length " << length << ": " << text;
        EXPECT_EQ(*decoded, bytes) << "length " << length;
    }
}

TEST(Base64UrlTest, RoundTripsEveryByteValue) {
    std::string bytes;
    for (int value = 0; value < 256; ++value) bytes += static_cast<char>(value);

    auto decoded = DecodeBase64Url(EncodeBase64Url(bytes));

    ASSERT_TRUE(decoded);
    EXPECT_EQ(*decoded, bytes);
}

TEST(Base64UrlTest, RefusesCharactersOutsideTheAlphabet) {
    for (std::string_view text :
         std::initializer_list<std::string_view>{"Zg==", "Zg=", "+/8", "Zm9v+", "Zm9v/", "Zm 9v", "Zm9v\n", " Zm9v",
                                                 "Zm9v!", "Zm\xc3\xa9v", std::string_view("Zm\0v", 4)}) {
        EXPECT_FALSE(DecodeBase64Url(text)) << "'" << text << "'";
    }
}

TEST(Base64UrlTest, RefusesALengthNoEncodingHas) {
    // One character past a group of four carries only six bits: not a whole byte.
    for (std::string_view text : {"Z", "Zm9vY", "Zm9vYmFyZ"}) {
        EXPECT_FALSE(DecodeBase64Url(text)) << text;
    }
}

TEST(Base64UrlTest, RefusesNonZeroPaddingBits) {
    // "Zg" is the canonical "f"; "Zh" carries the same byte and a stray low bit.
    EXPECT_FALSE(DecodeBase64Url("Zh"));
    EXPECT_FALSE(DecodeBase64Url("Zm9"));
    EXPECT_FALSE(DecodeBase64Url("-_9"));
}

}  // namespace
}  // namespace rapport
