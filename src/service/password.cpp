#include "service/password.hpp"

#include "core/base64.hpp"

#include <sodium.h>

namespace rapport::service {

Status InitCrypto() {
    if (sodium_init() < 0) return MakeError(ErrorCode::kInternal, "cannot initialise libsodium");
    return {};
}

Result<std::string> HashPassword(std::string_view password) {
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return MakeError(ErrorCode::kUnavailable, "not enough memory to hash the password; try again");
    }
    return std::string(hash);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
    if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string terminated(hash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

Status CheckPasswordStrength(std::string_view password) {
    if (password.size() < 10 || password.size() > 200) {
        return InvalidField("password", "password must be between 10 and 200 characters");
    }
    return {};
}

Token NewToken() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    auto token = EncodeBase64Url(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
    auto hash = HashToken(token);
    return {std::move(token), std::move(hash)};
}

std::string HashToken(std::string_view token) {
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                       nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace rapport::service
