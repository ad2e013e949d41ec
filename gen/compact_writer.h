// The feed as MiniCRM's own WooCommerce plugin writes it (docs/format.md
// §2.5): the whole feed on one line, `encoding="utf-8"` in lower case, no
// indentation. The same model as the canonical form, other bytes: readers
// that depend on line breaks or on the declaration's spelling break on it.
#pragma once

#include <string>

#include "feed/model.h"

namespace syncfeed::gen {

inline constexpr std::string_view kPluginDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

// Appends `element` and what it holds, without any whitespace between tags.
void append_compact(std::string& out, const Element& element);

}  // namespace syncfeed::gen
