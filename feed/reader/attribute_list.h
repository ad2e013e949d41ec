// The attributes of a start tag, as the model builder takes them (internal to
// the reader, feed/reader/): names and values in place, as the parser holds
// them (UTF-16, each ending with a 0), in the order written. No copy is made:
// the list is valid until the parser's next event. xerces_handler.cpp fills it
// from Xerces's own list as SAX2 would give it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace syncfeed {

class AttributeList {
 public:
  void clear() { attributes_.clear(); }
  void add(const char16_t* name, const char16_t* value) { attributes_.push_back({name, value}); }

  std::size_t size() const { return attributes_.size(); }
  const char16_t* name(std::size_t i) const { return attributes_[i].name; }
  const char16_t* value(std::size_t i) const { return attributes_[i].value; }
  // The position of the attribute named `name`, or -1.
  int index_of(std::u16string_view name) const {
    for (std::size_t i = 0; i < attributes_.size(); ++i)
      if (attributes_[i].name == name) return static_cast<int>(i);
    return -1;
  }

 private:
  struct Attribute {
    const char16_t* name;
    const char16_t* value;
  };
  std::vector<Attribute> attributes_;
};

}  // namespace syncfeed
