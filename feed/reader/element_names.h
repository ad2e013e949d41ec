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

#include <cstddef>
#include <vector>

#include <xercesc/framework/XMLElementDecl.hpp>
#include <xercesc/util/XMLString.hpp>

#include "feed/reader/element_name.h"

namespace syncfeed {

class ElementNames {
 public:
  // `local_parts`: names without their prefix (namespaces on).
  explicit ElementNames(bool local_parts) : local_parts_(local_parts) {}

  ElementName& of(const xercesc::XMLElementDecl& decl) {
    const std::size_t id = decl.getId();
    if (id >= kCached) {
      uncached_.reset(decl, local_parts_);
      return uncached_.name;
    }
    if (id >= names_.size()) names_.resize(id + 1);
    Slot& slot = names_[id];
    if (slot.decl != &decl) slot.reset(decl, local_parts_);
    return slot.name;
  }

 private:
  struct Slot {
    void reset(const xercesc::XMLElementDecl& declaration, bool local_part) {
      decl = &declaration;
      const XMLCh* text = local_part ? declaration.getBaseName() : declaration.getFullName();
      name.assign(text, xercesc::XMLString::stringLen(text));
    }
    const xercesc::XMLElementDecl* decl = nullptr;
    ElementName name;
  };

  static constexpr std::size_t kCached = 4096;
  bool local_parts_;
  std::vector<Slot> names_;
  Slot uncached_;
};

}  // namespace syncfeed
