// Values that break feed generators (string concatenation, trimming,
// UTF-16 code units, unescaped CR) while staying valid feed values: every
// one of them must survive lint, read, write and diff unchanged.
#pragma once

#include <string>
#include <string_view>

#include "feed/model.h"
#include "gen/source.h"

namespace syncfeed::gen {

// `plain`, changed into one of the edge forms: XML specials (& < > " ' ]]>),
// characters outside the BMP, a CR or TAB inside, leading and trailing
// spaces, or a long text. Never empty, never whitespace only.
std::string edge_text(Source& source, std::string_view plain);

// Text of `code_points` characters (not bytes) with accents and emoji.
std::string long_text(Source& source, std::size_t code_points, bool outside_bmp = true);

// A custom field (an element the format does not name, kept whole): plain,
// with attributes whose values hold TAB, CR, LF and quotes, nested, or with
// mixed content. Always in the reader's normal form, so that reading what
// the writer wrote gives it back equal.
Element edge_custom_field(Source& source, int depth = 0);

}  // namespace syncfeed::gen
