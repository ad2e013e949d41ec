// The feed's encoding: what its first bytes show, whether it is UTF-8, what is
// reported when it is not, and where the first byte that is not UTF-8 stands
// (internal to the reader, feed/reader/).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "feed/finding.h"

namespace syncfeed {

bool is_utf8(std::string_view encoding);

// The encoding the first bytes show (a byte order mark; "<?" in UTF-16 or
// UCS-4), which is the document's encoding when it has no XML declaration.
// Without a mark: UTF-8.
std::string encoding_of_first_bytes(std::string_view head);

// The xml-encoding finding's message for a document in `declared` (empty when
// it declares none) whose first bytes show `detected`; nothing when it is UTF-8.
std::optional<std::string> encoding_complaint(std::string_view declared, std::string_view detected);

// Whether Xerces's not-well-formed message is about a byte the encoding does not have.
bool is_encoding_error(std::string_view message);

// Finds the first byte sequence of the input that is not UTF-8, if it can.
// Xerces decodes ahead of its scanner: it reports such a byte where the
// scanner stood, and the exact place is in the raw bytes.
using BadByteLocator = std::function<std::optional<Location>()>;
std::optional<Location> first_bad_byte(std::string_view text);
std::optional<Location> first_bad_byte_in_file(const std::string& path);

}  // namespace syncfeed
