#include "cli/digest_reader.hpp"

namespace rapport::cli {

DigestReader::DigestReader(std::streambuf& source) : source_(source) { crypto_hash_sha256_init(&state_); }

DigestReader::int_type DigestReader::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    auto read = source_.sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (read <= 0) return traits_type::eof();
    crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(buffer_.data()),
                              static_cast<unsigned long long>(read));
    setg(buffer_.data(), buffer_.data(), buffer_.data() + read);
    return traits_type::to_int_type(*gptr());
}

std::string DigestReader::HexDigest() {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state_, digest.data());
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();  // sodium_bin2hex writes a terminating NUL.
    return hex;
}

}  // namespace rapport::cli
