#pragma once

#include "core/result.hpp"

#include <string>
#include <string_view>

namespace rapport::service {

/// Initialises libsodium; call once at start-up before any other function here.
Status InitCrypto();

/// An Argon2id hash of `password` in the standard encoded form (salt and parameters included).
Result<std::string> HashPassword(std::string_view password);

/// Whether `password` matches `hash`; false for an empty or malformed hash. Takes as long for a
/// wrong password as for a right one.
bool VerifyPassword(std::string_view hash, std::string_view password);

/// Fails with kInvalidArgument (field "password") unless the password is 10 to 200 characters.
Status CheckPasswordStrength(std::string_view password);

/// A new random session token (256 bits, URL-safe text) and the hash under which it is stored.
struct Token {
    std::string token;
    std::string hash;
};
Token NewToken();

/// The stored form of a token presented by a client.
std::string HashToken(std::string_view token);

}  // namespace rapport::service
