// The attributes of a start tag as SAX2 would give them (internal to the
// reader, feed/reader/): Xerces's own list, read in place instead of through
// SAX2's copy, leaving out the namespace declarations (xmlns, xmlns:*) when
// namespaces are on (--xsd), as SAX2 does.
#pragma once

#include <cstddef>
#include <vector>

#include <xercesc/framework/XMLAttr.hpp>
#include <xercesc/util/RefVectorOf.hpp>
#include <xercesc/util/XMLString.hpp>
#include <xercesc/util/XMLUni.hpp>

namespace syncfeed {

class AttributeList {
 public:
  void assign(const xercesc::RefVectorOf<xercesc::XMLAttr>& list, XMLSize_t count, bool namespaces) {
    attributes_.clear();
    for (XMLSize_t i = 0; i < count; ++i) {
      const xercesc::XMLAttr* attribute = list.elementAt(i);
      if (namespaces && is_namespace_declaration(*attribute)) continue;
      attributes_.push_back(attribute);
    }
  }

  std::size_t size() const { return attributes_.size(); }
  const XMLCh* name(std::size_t i) const { return attributes_[i]->getQName(); }
  const XMLCh* value(std::size_t i) const { return attributes_[i]->getValue(); }
  // The position of the attribute named `name`, or -1.
  int index_of(const XMLCh* name) const {
    for (std::size_t i = 0; i < attributes_.size(); ++i)
      if (xercesc::XMLString::equals(attributes_[i]->getQName(), name)) return static_cast<int>(i);
    return -1;
  }

 private:
  static bool is_namespace_declaration(const xercesc::XMLAttr& attribute) {
    return xercesc::XMLString::equals(attribute.getQName(), xercesc::XMLUni::fgXMLNSString) ||
           xercesc::XMLString::equals(attribute.getPrefix(), xercesc::XMLUni::fgXMLNSString);
  }

  std::vector<const xercesc::XMLAttr*> attributes_;
};

}  // namespace syncfeed
