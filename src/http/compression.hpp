#pragma once

#include "http/message.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rapport::http {

/// A content coding of a response body (RFC 9110 §8.4.1).
enum class Encoding { kIdentity, kGzip, kBrotli };

/// The token of `encoding` in Accept-Encoding and Content-Encoding: "identity", "gzip" or "br".
std::string_view EncodingName(Encoding encoding);

/// The compressed forms a body is available in; identity always is.
struct Available {
    bool gzip = true;
    bool brotli = true;
    /// Which coding wins when the client accepts both alike. Brotli packs smaller, so files compressed once
    /// at build time send it; gzip costs less time per body, so answers compressed per request send it.
    bool brotli_first = true;
};

/// The encoding to send a body in, among those `available`, for a request whose Accept-Encoding is
/// `accept_encoding`:
/// - the coding the client gives the highest q-value wins; on a tie br before gzip (or gzip before br, see
///   Available::brotli_first) before identity, so "gzip, br" gets br and "br;q=0.5, gzip" gets gzip;
/// - "q=0" refuses a coding; "*" stands for every coding the client does not name, identity included;
///   identity is acceptable unless refused, but when unnamed it comes after any coding the client accepts;
/// - an empty header, or one that refuses everything available, gets identity: HTTP allows sending it
///   rather than 406.
/// Codings match ignoring case, "x-gzip" is gzip, and an entry that does not parse is ignored.
Encoding ChooseEncoding(std::string_view accept_encoding, Available available = {});

/// Whether a body of `content_type` is worth compressing: text, JSON, JavaScript, XML, SVG. Other images,
/// fonts and archives are compressed already, and unknown types are left alone.
bool IsCompressibleType(std::string_view content_type);

/// `data` as a gzip stream (RFC 1952) at `level`, 1 (fastest) to 12 (smallest), compressed by libdeflate
/// in one call; nullopt when it cannot allocate its compressor, which only a lack of memory makes it do.
std::optional<std::string> GzipCompress(std::string_view data, int level);

/// `data` as a brotli stream (RFC 7932) at `quality`, 0 (fastest) to 11 (smallest), tuned for text;
/// nullopt when the encoder fails.
std::optional<std::string> BrotliCompress(std::string_view data, int quality);

/// Bodies smaller than this are sent as they are: the bytes saved would not pay for the time.
inline constexpr std::size_t kCompressFrom = 1024;

/// The levels for bodies made per request (the API's JSON): the fastest that still pack well. A page of
/// 50 accounts (25 kB) takes 560,000 instructions at gzip 1 with libdeflate (to 4.2 kB), against 870,000
/// with zlib at its level 1 (to 4.4 kB); libdeflate's level 2 packs 2% tighter for half as much again.
/// brotli 2 costs more than either (bench/results/2026-12-06-compression.md), so a client gets it only
/// when it weighs br above gzip (CompressForClient). The web UI's files are compressed once, at build
/// time, at the best levels (web/vite.config.ts).
inline constexpr int kDynamicGzipLevel = 1;
inline constexpr int kDynamicBrotliQuality = 2;

/// Compresses `response`'s body for `request` when the client accepts it (ChooseEncoding), the type is
/// compressible and the body has at least kCompressFrom bytes, and names the coding in Content-Encoding.
/// Adds `Vary: Accept-Encoding` to every response of a compressible type, compressed or not, so that
/// caches keep the variants apart. Leaves alone answers to HEAD and statuses without a body (1xx, 204,
/// 304), and responses whose handler chose the encoding itself: those that carry Content-Encoding or
/// name Accept-Encoding in Vary (the web UI's precompressed files).
void CompressForClient(const Request& request, Response& response);

}  // namespace rapport::http
