// The element names a parse meets, each transcoded once and matched against
// each parent kind once (internal to the reader, feed/reader/).
//
// Xerces makes one element declaration per distinct element name and passes
// it with every start tag, so the declaration is the key: its id indexes a
// table. A slot is checked against the declaration itself (the pools of
// declared and undeclared elements number from the same start), and the table
// is bounded: past kCached ids a name is transcoded and matched every time,
// so a feed of a million distinct names costs no more memory than Xerces's own.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <xercesc/framework/XMLElementDecl.hpp>
#include <xercesc/util/XMLString.hpp>

#include "feed/schema.h"
#include "feed/utf.h"

namespace syncfeed {

class ElementName {
 public:
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

 private:
  friend class ElementNames;
  static_assert(kKindCount <= 64, "one bit per kind");

  void reset(const xercesc::XMLElementDecl& decl, bool local_part) {
    decl_ = &decl;
    const XMLCh* name = local_part ? decl.getBaseName() : decl.getFullName();
    text_.clear();
    append_utf8(text_, name, xercesc::XMLString::stringLen(name));
    matched_ = 0;
  }

  const xercesc::XMLElementDecl* decl_ = nullptr;
  std::string text_;
  std::uint64_t matched_ = 0;  // bit k: matches_[k] is known
  std::array<ChildMatch, kKindCount> matches_{};
};

class ElementNames {
 public:
  // `local_parts`: names without their prefix (namespaces on).
  explicit ElementNames(bool local_parts) : local_parts_(local_parts) {}

  ElementName& of(const xercesc::XMLElementDecl& decl) {
    const std::size_t id = decl.getId();
    if (id >= kCached) {
      uncached_.reset(decl, local_parts_);
      return uncached_;
    }
    if (id >= names_.size()) names_.resize(id + 1);
    ElementName& name = names_[id];
    if (name.decl_ != &decl) name.reset(decl, local_parts_);
    return name;
  }

 private:
  static constexpr std::size_t kCached = 4096;
  bool local_parts_;
  std::vector<ElementName> names_;
  ElementName uncached_;
};

}  // namespace syncfeed
