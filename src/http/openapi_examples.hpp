#pragma once

namespace rapport::http {

/// A believable record of each type, for the examples of the OpenAPI document. Written as records, not
/// JSON, so that each example goes through the same codecs as a real answer and cannot break its schema.
/// A new record type without one does not link.
template <typename Record>
Record Example();

}  // namespace rapport::http
