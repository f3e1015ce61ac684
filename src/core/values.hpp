#pragma once

#include <string>
#include <vector>

namespace rapport {

/// Free-form labels on a record. Each is trimmed, non-empty, at most 50 characters, and free of
/// commas (the store keeps them as ",a,b," so that a tag filter is a single LIKE).
struct Tags {
    std::vector<std::string> values;
    bool operator==(const Tags&) const = default;
};

/// A JSON object kept as its compact text (custom fields, consent). The domain never looks inside;
/// the JSON codec checks that it is an object.
struct JsonObject {
    std::string text = "{}";
    bool operator==(const JsonObject&) const = default;
};

}  // namespace rapport
