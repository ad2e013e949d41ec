// The format of docs/format.md §2 as data: every element kind, its tag, the
// children it allows in canonical order, and its attributes. The reader, the
// canonical writer, the structural check and the simulator all read this one
// table, so that the format is described in exactly one place.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "syncfeed/model.h"

namespace syncfeed {

// Kind (every element of the format) is public: include/syncfeed/model.h.

inline constexpr int kKindCount = static_cast<int>(Kind::Text) + 1;

enum class IdAttribute : std::uint8_t { None, Optional, Required };

// How a kind appears as a child of another kind.
struct ChildRule {
  Kind kind;
  bool repeatable;  // a list item (Project, Order, Email...); else single-valued
};

struct KindInfo {
  std::string_view tag;                 // canonical spelling
  bool leaf;                            // text content only
  IdAttribute id;                       // the one attribute the format knows
  bool custom_children;                 // unknown children are custom fields, not errors
  std::span<const ChildRule> children;  // allowed children, in canonical order
};

namespace detail {
extern const KindInfo kKindInfo[kKindCount];  // feed/schema.cpp
}
// Inline: the reader and every rule ask for it several times per element.
inline const KindInfo& info(Kind kind) { return detail::kKindInfo[static_cast<int>(kind)]; }
inline std::string_view tag(Kind kind) { return info(kind).tag; }
inline bool is_leaf(Kind kind) { return info(kind).leaf; }

// What a child element named `name` is under a parent of kind `parent`.
struct ChildMatch {
  Kind kind = Kind::Custom;
  bool known = false;       // false: not in the format here
  bool alias = false;       // read under another spelling (WebshopDisabled, flat Email)
  bool flat_value = false;  // a flat Email/Phone: the element holds the Value itself
};
ChildMatch match_child(Kind parent, std::string_view name);

// Position of `child` in the canonical order of `parent`'s children;
// custom fields and text runs sort after every known child.
int canonical_rank(Kind parent, Kind child);

// An element the format does not list under a record or a list: what it
// is, by where it stands and its name. The reader (structural check), the XSD
// mode (xsd/syncfeed.xsd and how the reader reads Xerces's complaints) and
// the rule unknown-element agree on this table.
enum class UnknownChild : std::uint8_t {
  CustomField,  // under Project or an order's Project: a MiniCRM custom field
  Extra,        // in another record (Contact, Order...): MiniCRM most likely ignores it
  ExtraInList,  // a name the format does not know, in a list (Orders...) or the root:
                // MiniCRM reads a list's items by name, so it most likely ignores it;
                // the model has no place for it (a list holds only its items)
  NotInList,    // a name of the format in a list or the root, not the list's item: misplaced
  ItemOutside,  // a list's item (Contact, Order, Product) outside its list
};
UnknownChild classify_unknown(Kind parent, std::string_view name);

// True when the format uses `name` somewhere: a tag of the schema table or a
// spelling the reader accepts for one (WebshopDisabled...).
bool is_format_name(std::string_view name);

// True for the lists: Projects, Contacts, Orders, Products, Emails, Phones, Addresses.
bool is_item_list(Kind kind);
// The list that holds items called `name` (Contacts for Contact...), for a
// Contact, Order or Product; Kind::Custom otherwise.
Kind list_of_item(std::string_view name);

// The structure an element called `name` must have wherever it stands as an
// unknown child of a record: the XSD's global declaration of that name (a
// value for the fields and for the flat Email/Phone and the street Address;
// the record for Business, Customer, the lists below a record; an order's
// Project for Project). Kind::Custom: none, anything goes (a lax wildcard).
Kind declared_shape(std::string_view name);

// True when `kind` may appear under `parent` (known child).
bool allows_child(Kind parent, Kind child);
// The rule of `child` under `parent`, or nullptr.
const ChildRule* child_rule(Kind parent, Kind child);

}  // namespace syncfeed
