// syncfeed's public C++ API: the feed model and the findings about it.
//
// A feed is a list of Projects; each record is an Element tree whose children
// are in canonical order (docs/format.md §5): known fields in the order of
// the format, custom fields after them in the order read. Values are the
// exact strings read, never trimmed or parsed. Equality (==) compares data,
// not where it was read.
//
// These types are the library's own: the reader builds them, the rules and
// the writer read them. This header is their definition (docs/api.md).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace syncfeed {

// Every element of the format, by its canonical name.
enum class Kind : std::uint8_t {
  // Records and containers.
  Projects,
  Project,
  Business,
  Emails,
  Email,
  Phones,
  Phone,
  Addresses,
  Address,
  Contacts,
  Contact,
  Orders,
  Order,
  Customer,
  Products,
  Product,
  OrderProject,
  // Leaves (text only).
  Name,
  CategoryId,
  StatusId,
  UserId,
  RegistrationDate,
  Disabled,
  LostBasketContent,
  LostBasketDate,
  LostBasketValue,
  AllLostBasket,
  VatNumber,
  Value,
  CountryId,
  PostalCode,
  City,
  AddressLine,
  FirstName,
  LastName,
  Number,
  CurrencyCode,
  Language,
  Performance,
  Subject,
  Status,
  PaymentMethod,
  SKU,
  EAN,
  PriceNet,
  Quantity,
  Unit,
  VAT,
  Description,
  FolderName,
  // Anything the format does not name: kept whole (a MiniCRM custom field).
  Custom,
  // A run of text between the child elements of a custom field (mixed content).
  Text,
};

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
  const Element* at(std::size_t i) const;        // throws std::out_of_range
  operator std::vector<const Element*>() const;  // NOLINT: a copy where a vector is wanted

 private:
  const Element* first_ = nullptr;
  std::size_t count_ = 0;
};

struct Element {
  Kind kind = Kind::Custom;
  bool has_id = false;                // the Id attribute is present (known kinds)
  bool alias = false;                 // read under an alias spelling (not data: ignored by ==)
  Location loc;                       // where the start tag begins (not data: ignored by ==)
  std::string name;                   // Custom only: the element's name
  std::string id;                     // known kinds: the Id attribute
  std::string text;                   // leaves, custom fields and text runs
  std::vector<Attribute> attributes;  // Custom only, in the order read
  std::vector<Element> children;
  // The suppression comments (<!-- syncfeed-disable ... -->, docs/lint.md)
  // that stand just before this element, each the text between <!-- and -->,
  // in the order read. Not data (ignored by ==): kept so that the canonical
  // form writes them again.
  std::vector<std::string> directives;

  Element() = default;
  explicit Element(Kind k) : kind(k) {}

  std::string_view tag() const;  // the canonical name; a custom field's own name
  bool is_leaf() const;          // a field of the format that holds text only

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

namespace detail {
// Two columns of the format's table (feed/schema.cpp), here so that tag()
// and is_leaf() are inline: the reader and the writer ask for every element.
inline constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::Text) + 1;
extern const std::array<std::string_view, kKinds> kKindTags;
extern const std::array<bool, kKinds> kKindIsLeaf;
}  // namespace detail

inline std::string_view Element::tag() const {
  return kind == Kind::Custom ? std::string_view(name) : detail::kKindTags[static_cast<std::size_t>(kind)];
}
inline bool Element::is_leaf() const { return detail::kKindIsLeaf[static_cast<std::size_t>(kind)]; }

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

enum class Severity { Info, Warning, Error };

std::string_view severity_name(Severity s);  // "info", "warning", "error"

// A finding: one thing wrong with a feed, at one place. The reader makes the
// XML-level ones (xml-not-well-formed, xml-encoding, xml-dtd, schema,
// input-limit), the rules the rest (docs/rules/).
struct Finding {
  std::string rule;  // public rule id, e.g. "project-id-missing"
  Severity severity = Severity::Error;
  // The rule chose `severity` for this finding (unknown-element: info or
  // warning by where the element stands): it stands unless the configuration
  // gives the rule a severity. Otherwise lint sets the rule's severity.
  bool severity_by_rule = false;
  std::string file;
  Location loc;            // of the element or attribute at fault (a missing child: its parent)
  std::string message;     // what was found, quoting the value, and what was expected
  std::string project_id;  // the records involved, where they apply
  std::string order_id;
  std::string product_id;
  std::string field;  // the field at fault (a tag or path), for fingerprints
};

}  // namespace syncfeed
