// Folding free text for matching against a list of names: country names
// (country-unknown) and units (quantity-fractional). Shops write "HUNGARY",
// "Magyarorszag" or "Romania" for "Magyarország"/"România", so a name is
// compared after folding: letter case and the accents of the Latin letters are
// ignored, runs of whitespace count as one space, and typographic apostrophes
// and dashes count as ASCII ones.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace syncfeed {

// The folded form of `text`: ASCII lower case; the Latin-1 and Latin
// Extended-A letters (U+00C0..U+017F) and the Romanian comma-below letters
// Ș ș Ț ț reduced to their ASCII base letters (ő -> o, ă -> a, ß -> ss); other
// characters kept as they are. Leading and trailing whitespace removed.
// Invalid UTF-8 bytes are kept, so folding never fails.
std::string fold_name(std::string_view text);

// `text` without the XML whitespace (space, tab, CR, LF) around it. Values
// are never trimmed in the model; rules trim to compare or to advise.
std::string_view trim_space(std::string_view text);

// The number of Unicode characters (code points) in UTF-8 text: every byte
// that does not continue a multi-byte sequence counts as one.
std::size_t count_code_points(std::string_view utf8);

}  // namespace syncfeed
