#pragma once

#include <boost/json/value.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

/// Writes compact JSON text straight into a string, as boost::json::serialize would write the same value, without
/// building the value first. Answers are the bulk of what the server makes: a page of offers is thousands of
/// values, and making, serializing and freeing a tree of them cost three times what writing the text does.
///
/// The caller keeps the shape right (a key before each member of an object, ends matching beginnings); commas
/// are the writer's.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void BeginObject() { Open('{'); }
    void EndObject() { Close('}'); }
    void BeginArray() { Open('['); }
    void EndArray() { Close(']'); }

    /// The name of the next member of the current object.
    void Key(std::string_view name);

    void String(std::string_view text);
    void Int(std::int64_t number);
    void Bool(bool value);
    void Null();
    /// A value built as a tree, where a codec has no faster way.
    void Value(const boost::json::value& value);
    /// Text that is already compact JSON (one value), taken as it is.
    void Raw(std::string_view json);

private:
    void Open(char bracket);
    void Close(char bracket);
    // Before a value: the comma that separates it from the previous one, unless it follows its key.
    void Separate();

    std::string& out_;
    // Per open object or array: whether it has a member yet.
    std::vector<bool> has_member_;
    bool after_key_ = false;
};

/// Appends `text` to `out` as a JSON string with its quotes, escaped as boost::json::serialize escapes it:
/// the quote, the backslash and the control characters; other bytes (UTF-8 included) are copied.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace rapport
