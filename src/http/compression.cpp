#include "http/compression.hpp"

#include <brotli/encode.h>
#include <libdeflate.h>
#include <boost/algorithm/string/find.hpp>
#include <boost/algorithm/string/predicate.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <utility>

namespace rapport::http {
namespace {

using boost::algorithm::iequals;

std::string_view Trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// A q-value in thousandths (RFC 9110 §12.4.2): "0", "0.5", "1.000" and the like; 0 refuses, 1000 is the most.
std::optional<int> ParseQuality(std::string_view text) {
    if (text.empty() || (text[0] != '0' && text[0] != '1')) return std::nullopt;
    int quality = (text[0] - '0') * 1000;
    text.remove_prefix(1);
    if (text.empty()) return quality;
    if (text[0] != '.' || text.size() > 4) return std::nullopt;
    int scale = 100;
    for (char digit : text.substr(1)) {
        if (digit < '0' || digit > '9') return std::nullopt;
        quality += (digit - '0') * scale;
        scale /= 10;
    }
    return quality <= 1000 ? std::optional(quality) : std::nullopt;
}

struct Weighted {
    std::string_view coding;
    int quality = 1000;
};

// One element of Accept-Encoding: "gzip", "br;q=0.8", "*;q=0". Parameters other than q are ignored.
std::optional<Weighted> ParseElement(std::string_view element) {
    auto semicolon = element.find(';');
    Weighted weighted{.coding = Trim(element.substr(0, semicolon))};
    if (weighted.coding.empty()) return std::nullopt;
    while (semicolon != std::string_view::npos) {
        element.remove_prefix(semicolon + 1);
        semicolon = element.find(';');
        auto parameter = element.substr(0, semicolon);
        auto equals = parameter.find('=');
        if (equals == std::string_view::npos) return std::nullopt;
        if (!iequals(Trim(parameter.substr(0, equals)), "q")) continue;
        auto quality = ParseQuality(Trim(parameter.substr(equals + 1)));
        if (!quality) return std::nullopt;
        weighted.quality = *quality;
    }
    return weighted;
}

std::optional<Encoding> EncodingOf(std::string_view coding) {
    if (iequals(coding, "identity")) return Encoding::kIdentity;
    if (iequals(coding, "gzip") || iequals(coding, "x-gzip")) return Encoding::kGzip;
    if (iequals(coding, "br")) return Encoding::kBrotli;
    return std::nullopt;
}

struct FreeCompressor {
    void operator()(libdeflate_compressor* compressor) const { libdeflate_free_compressor(compressor); }
};

// A libdeflate compressor at one level. It keeps no stream between bodies, only its hash tables (200 kB at
// level 1), which each body clears.
struct Compressor {
    int level = 0;
    std::unique_ptr<libdeflate_compressor, FreeCompressor> state;
};

// Whether the handler chose the encoding itself, as the web UI's files do.
bool Negotiated(const Response& response) {
    for (const auto& [name, value] : response.headers) {
        if (iequals(name, "Content-Encoding")) return true;
        if (iequals(name, "Vary") && boost::algorithm::ifind_first(value, "accept-encoding")) return true;
    }
    return false;
}

}  // namespace

std::string_view EncodingName(Encoding encoding) {
    switch (encoding) {
        case Encoding::kIdentity: return "identity";
        case Encoding::kGzip: return "gzip";
        case Encoding::kBrotli: return "br";
    }
    return "identity";
}

Encoding ChooseEncoding(std::string_view accept_encoding, Available available) {
    // The q-value of each coding the client names (by Encoding), and of "*"; -1 while unnamed.
    std::array<int, 3> named{-1, -1, -1};
    int any = -1;
    std::string_view rest = accept_encoding;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto element = ParseElement(rest.substr(0, comma));
        rest.remove_prefix(comma == std::string_view::npos ? rest.size() : comma + 1);
        if (!element) continue;
        if (element->coding == "*") {
            any = element->quality;
        } else if (auto encoding = EncodingOf(element->coding)) {
            named[static_cast<std::size_t>(*encoding)] = element->quality;
        }
    }
    auto quality = [&](Encoding encoding) {
        int given = named[static_cast<std::size_t>(encoding)];
        return given >= 0 ? given : std::max(any, 0);
    };

    // Unnamed and unrefused, identity weighs 0 here: any coding the client accepts comes first.
    Encoding best = Encoding::kIdentity;
    int best_quality = quality(Encoding::kIdentity);
    // In rising order of the server's preference, so that it wins ties.
    auto gzip = std::pair{Encoding::kGzip, available.gzip};
    auto brotli = std::pair{Encoding::kBrotli, available.brotli};
    for (auto [encoding, offered] : available.brotli_first ? std::array{gzip, brotli} : std::array{brotli, gzip}) {
        int candidate = quality(encoding);
        if (offered && candidate > 0 && candidate >= best_quality) {
            best = encoding;
            best_quality = candidate;
        }
    }
    return best;
}

bool IsCompressibleType(std::string_view content_type) {
    auto type = Trim(content_type.substr(0, content_type.find(';')));
    using boost::algorithm::iends_with;
    using boost::algorithm::istarts_with;
    return istarts_with(type, "text/") || iequals(type, "application/json") ||
           iequals(type, "application/javascript") || iequals(type, "application/xml") || iends_with(type, "+json") ||
           iends_with(type, "+xml");
}

std::optional<std::string> GzipCompress(std::string_view data, int level) {
    // One compressor per thread, made on its first body: its 200 kB are above the size from which malloc
    // may map memory from the system afresh, and pay a page fault per 4 kB, for each body.
    thread_local Compressor compressor;
    if (!compressor.state || compressor.level != level) {
        compressor.state.reset(libdeflate_alloc_compressor(level));
        compressor.level = level;
    }
    if (!compressor.state) return std::nullopt;

    // libdeflate compresses the whole body in one call into a buffer that must hold all of it; the bound
    // is the body's size and a few bytes per block, so the copy the answer sends is made once.
    std::string packed(libdeflate_gzip_compress_bound(compressor.state.get(), data.size()), '\0');
    std::size_t size =
        libdeflate_gzip_compress(compressor.state.get(), data.data(), data.size(), packed.data(), packed.size());
    if (size == 0) return std::nullopt;  // Did not fit, which the bound rules out.
    packed.resize(size);
    return packed;
}

std::optional<std::string> BrotliCompress(std::string_view data, int quality) {
    std::size_t size = BrotliEncoderMaxCompressedSize(data.size());
    if (size == 0) return std::nullopt;  // Too large to bound.
    std::string packed(size, '\0');
    if (!BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                               reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                               reinterpret_cast<std::uint8_t*>(packed.data()))) {
        return std::nullopt;
    }
    packed.resize(size);
    return packed;
}

void CompressForClient(const Request& request, Response& response) {
    if (request.method == boost::beast::http::verb::head || ForbidsBody(response.status)) return;
    if (!IsCompressibleType(response.content_type) || Negotiated(response)) return;
    response.headers.emplace_back("Vary", "Accept-Encoding");
    if (response.body.size() < kCompressFrom) return;

    // A client that splits Accept-Encoding over several fields (none we know of does) is judged on the first.
    // Gzip unless the client weighs br strictly higher: browsers send "gzip, deflate, br, zstd" at equal
    // weights, and per request libdeflate's gzip 1 takes about half the time of brotli 2 for 1% more bytes
    // on a page of a list. (The web UI's files, compressed once at build time, go as brotli on a tie.)
    auto encoding = ChooseEncoding(request.header("Accept-Encoding"), Available{.brotli_first = false});
    std::optional<std::string> packed;
    if (encoding == Encoding::kBrotli) packed = BrotliCompress(response.body, kDynamicBrotliQuality);
    if (encoding == Encoding::kGzip) packed = GzipCompress(response.body, kDynamicGzipLevel);
    if (!packed || packed->size() >= response.body.size()) return;
    response.body = std::move(*packed);
    response.headers.emplace_back("Content-Encoding", std::string(EncodingName(encoding)));
}

}  // namespace rapport::http
