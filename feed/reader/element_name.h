// An element name as the model builder takes it: its text in UTF-8 and, per
// parent kind, what an element of that name is there, matched once (internal
// to the reader, feed/reader/). No Xerces here: element_names.h keeps one per
// Xerces element declaration, tests make their own.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

#include "feed/schema.h"
#include "feed/utf.h"

namespace syncfeed {

class ElementName {
 public:
  ElementName() = default;
  explicit ElementName(std::string text) : text_(std::move(text)) {}

  // The name as the reader used to take it from SAX2, in UTF-8: the name as
  // written, or its local part with namespaces on (--xsd).
  const std::string& text() const { return text_; }

  // What an element of this name is under a parent of kind `parent`.
  const ChildMatch& under(Kind parent) {
    const int k = static_cast<int>(parent);
    const std::uint64_t bit = std::uint64_t{1} << k;
    if (!(matched_ & bit)) {
      matches_[k] = match_child(parent, text_);
      matched_ |= bit;
    }
    return matches_[k];
  }

  // Becomes the name `text` (UTF-16), nothing matched yet.
  void assign(const char16_t* text, std::size_t length) {
    text_.clear();
    append_utf8(text_, text, length);
    matched_ = 0;
  }

 private:
  static_assert(kKindCount <= 64, "one bit per kind");

  std::string text_;
  std::uint64_t matched_ = 0;  // bit k: matches_[k] is known
  std::array<ChildMatch, kKindCount> matches_{};
};

}  // namespace syncfeed
