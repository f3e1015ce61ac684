#pragma once

#include <sodium.h>

#include <array>
#include <streambuf>
#include <string>

namespace rapport::cli {

/// A stream buffer that reads through another and computes the SHA-256 of every byte read, so that an import
/// names the exact file it read in its audit row without reading the file twice (or at all, from a pipe).
class DigestReader : public std::streambuf {
public:
    explicit DigestReader(std::streambuf& source);

    /// The lower-case hexadecimal SHA-256 of what was read so far. Call it once, at the end.
    std::string HexDigest();

protected:
    int_type underflow() override;

private:
    std::streambuf& source_;
    crypto_hash_sha256_state state_{};
    std::array<char, 1 << 16> buffer_{};
};

}  // namespace rapport::cli
