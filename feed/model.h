// The feed model: a tree of elements, each a Kind from feed/schema.h.
// Values are the exact strings read (never trimmed, never parsed); every
// element keeps where it was read. Children are kept in canonical order
// (docs/format.md §5): known children in the order of the schema table,
// custom fields after them in the order they were read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "feed/schema.h"

namespace syncfeed {

struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const Location&, const Location&) = default;
};

struct Attribute {
  std::string name;
  std::string value;
  friend bool operator==(const Attribute&, const Attribute&) = default;
};

struct Element;

// The items of one list container (the Orders of a project...), viewed in
// place: iterating gives `const Element*`, and nothing is allocated, which
// matters because every rule walks them for every project.
class ItemRange {
 public:
  class iterator {
   public:
    using value_type = const Element*;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const Element* at) : at_(at) {}
    const Element* operator*() const { return at_; }
    iterator& operator++();
    iterator operator++(int);
    friend bool operator==(const iterator&, const iterator&) = default;
   private:
    const Element* at_ = nullptr;
  };
  ItemRange() = default;
  ItemRange(const Element* first, std::size_t count) : first_(first), count_(count) {}
  iterator begin() const { return iterator(first_); }
  iterator end() const;
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const Element* operator[](std::size_t i) const;
  const Element* front() const { return first_; }
  const Element* at(std::size_t i) const;  // throws std::out_of_range
  operator std::vector<const Element*>() const;  // NOLINT: a copy where a vector is wanted

 private:
  const Element* first_ = nullptr;
  std::size_t count_ = 0;
};

struct Element {
  Kind kind = Kind::Custom;
  bool has_id = false;  // the Id attribute is present (known kinds)
  bool alias = false;   // read under an alias spelling (not data: ignored by ==)
  Location loc;         // where the start tag begins (not data: ignored by ==)
  std::string name;     // Custom only: the element's name
  std::string id;       // known kinds: the Id attribute
  std::string text;     // leaves, custom fields and text runs
  std::vector<Attribute> attributes;  // Custom only, in the order read
  std::vector<Element> children;
  // The suppression directives (feed/directive.h) that stand just before this
  // element, each the text between <!-- and -->, in the order read. Not
  // data (ignored by ==): kept so that the canonical form writes them again.
  std::vector<std::string> directives;

  Element() = default;
  explicit Element(Kind k) : kind(k) {}

  std::string_view tag() const { return kind == Kind::Custom ? std::string_view(name) : syncfeed::tag(kind); }
  bool is_leaf() const { return syncfeed::is_leaf(kind); }

  // The first child of `kind`, or nullptr. For the record kinds this is the
  // pugixml-style way to reach a field: project.child(Kind::Name).
  const Element* child(Kind k) const;
  Element* child(Kind k);
  // The text of the first child of `kind`; empty when absent.
  std::string_view value(Kind k) const;
  // Every child of `kind`, in order.
  std::vector<const Element*> all(Kind k) const;
  // The items of a list below a container: project.items(Kind::Orders) gives
  // every Order of the project (empty when there is no Orders element). A
  // model holds at most one container of a kind: the reader merges repeats.
  ItemRange items(Kind container) const;

  // Data equality: kinds, names, ids, texts, attributes and children;
  // locations, alias spellings and directives are not data.
  friend bool operator==(const Element& a, const Element& b);
};

inline ItemRange::iterator& ItemRange::iterator::operator++() {
  ++at_;
  return *this;
}
inline ItemRange::iterator ItemRange::iterator::operator++(int) {
  iterator old = *this;
  ++at_;
  return old;
}
inline ItemRange::iterator ItemRange::end() const { return iterator(first_ + count_); }
inline const Element* ItemRange::operator[](std::size_t i) const { return first_ + i; }

// Inline: every rule looks fields up this way, many times per project.
inline const Element* Element::child(Kind k) const {
  for (const Element& c : children)
    if (c.kind == k) return &c;
  return nullptr;
}

inline Element* Element::child(Kind k) {
  for (Element& c : children)
    if (c.kind == k) return &c;
  return nullptr;
}

inline std::string_view Element::value(Kind k) const {
  const Element* c = child(k);
  return c ? std::string_view(c->text) : std::string_view();
}

inline ItemRange Element::items(Kind container) const {
  const Element* list = child(container);
  if (!list || list->children.empty()) return {};
  return {list->children.data(), list->children.size()};
}

// Where two models first differ, as a path (Project[14353]/Orders/Order[7]/Status)
// and the two values; empty path when they are equal.
struct Difference {
  std::string path;
  std::string left;
  std::string right;
  bool empty() const { return path.empty(); }
};
Difference first_difference(const Element& a, const Element& b);

// A readable name for an element in a path: Tag or Tag[id].
std::string path_step(const Element& e);

}  // namespace syncfeed
