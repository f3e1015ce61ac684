#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rapport {

/// URL-safe base64 without padding, for opaque cursors.
std::string EncodeBase64Url(std::string_view bytes);

/// The bytes of a URL-safe base64 text; nullopt when it is not one.
std::optional<std::string> DecodeBase64Url(std::string_view text);

}  // namespace rapport
