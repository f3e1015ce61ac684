#include "core/json_writer.hpp"

#include <boost/json/serializer.hpp>

#include <charconv>

namespace rapport {

void AppendJsonString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0;  // Start of the run of bytes copied as they are.
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
        out.append(text.substr(plain, i - plain));
        plain = i + 1;
        switch (byte) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xF];
        }
    }
    out.append(text.substr(plain));
    out += '"';
}

void JsonWriter::Key(std::string_view name) {
    Separate();
    AppendJsonString(out_, name);
    out_ += ':';
    after_key_ = true;
}

void JsonWriter::String(std::string_view text) {
    Separate();
    AppendJsonString(out_, text);
}

void JsonWriter::Int(std::int64_t number) {
    Separate();
    char digits[24];
    auto [end, error] = std::to_chars(digits, digits + sizeof(digits), number);
    out_.append(digits, end);
}

void JsonWriter::Bool(bool value) {
    Separate();
    out_ += value ? "true" : "false";
}

void JsonWriter::Null() {
    Separate();
    out_ += "null";
}

void JsonWriter::Value(const boost::json::value& value) {
    Separate();
    boost::json::serializer serializer;
    serializer.reset(&value);
    char chunk[512];
    while (!serializer.done()) out_.append(serializer.read(chunk, sizeof(chunk)));
}

void JsonWriter::Raw(std::string_view json) {
    Separate();
    out_.append(json);
}

void JsonWriter::Open(char bracket) {
    Separate();
    out_ += bracket;
    has_member_.push_back(false);
}

void JsonWriter::Close(char bracket) {
    out_ += bracket;
    has_member_.pop_back();
}

void JsonWriter::Separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (has_member_.empty()) return;
    if (has_member_.back()) out_ += ',';
    has_member_.back() = true;
}

}  // namespace rapport
