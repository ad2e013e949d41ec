// What the simulator knows about MiniCRM: cards. A project card (Webshop
// module) or an order card (Orders module), found by its Reference ID, with
// its fields, a project's contacts and an order's product lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace syncfeed::sim {

enum class CardKind : std::uint8_t { Project, Order };
std::string_view kind_name(CardKind kind);  // "project", "order"

// Named values in order (see merge()). A name is a path of the
// feed's tags below the card's element: "StatusId", "Business/Name",
// "Business/Email[1]", "Business/Address[1]/City", "Customer/City",
// "Project/Enum1951" (a custom field of an order card). Cards hold a few dozen
// fields, so a vector beats a map.
class Fields {
 public:
  using Item = std::pair<std::string, std::string>;

  const std::string* find(std::string_view name) const;
  void set(std::string_view name, std::string value);    // in place when known, else appended
  void set(std::string&& name, std::string value);       // the same, keeping `name` when it is new
  void set(std::string&& name, std::string_view value);  // the same, the value copied straight into place
  void erase(std::string_view name);
  // Sets every value of `other`, in its order, taking its strings. A name
  // new here is placed right after the name `other` sets before it (the
  // first one at the end).
  void merge(Fields&& other);
  void reserve(std::size_t n) { items_.reserve(n); }
  // Adds a name the caller knows is new (no search: flat views of big orders).
  void append(std::string name, std::string value) { items_.emplace_back(std::move(name), std::move(value)); }
  // Its names and values, taken: the fields are left empty.
  std::vector<Item> take() { return std::move(items_); }
  bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  friend bool operator==(const Fields&, const Fields&) = default;

 private:
  std::size_t index_of(std::string_view name) const;  // size() when absent
  std::vector<Item> items_;
};

struct Contact {
  std::int64_t number = 0;        // 1, 2 ... within its project card, never reused
  std::optional<std::string> id;  // Contact/@Id, once one was sent
  Fields fields;                  // FirstName, LastName, Email[1], Phone[1] ...
  friend bool operator==(const Contact&, const Contact&) = default;
};

struct ProductLine {
  std::optional<std::string> product_id;  // Product/@Id
  Fields fields;                          // Name, SKU, PriceNet, Quantity ...
  friend bool operator==(const ProductLine&, const ProductLine&) = default;
};

struct Card {
  CardKind kind = CardKind::Project;
  std::int64_t id = 0;               // MiniCRM's card id
  std::string reference_id;          // Project/@Id or Order/@Id
  std::int64_t project_card_id = 0;  // order cards: the project card it hangs on
  Fields fields;
  std::vector<Contact> contacts;   // project cards
  std::vector<ProductLine> lines;  // order cards: replaced whole when the order is re-sent
  friend bool operator==(const Card&, const Card&) = default;
};

// The card's name as MiniCRM shows it: a project's Name, an order's Number.
std::string_view display_name(const Card& card);

// Everything a card holds as one flat list of named values, for comparing and
// showing: its fields, "@project_card" (orders), "Contact[N]/@Id",
// "Contact[N]/FirstName", "Product[N]/@Id", "Product[N]/PriceNet". Names that
// start with '@' or hold '@' are not tags: no XML name can clash with them.
Fields flat_view(const Card& card);
// How many values flat_view(card) holds.
std::size_t flat_size(const Card& card);

// Calls see(prefix, name, value) for every value of flat_view(card), in its
// order, without building the flat names: a value's name is prefix + name
// ("" + "Business/Name", "Contact[2]/" + "FirstName", "Product[1]/" + "@Id").
// The plan's printers show a created card this way: a list of Changes built
// for every value cost about 4 % of a JSON plan's instructions.
template <typename See>
void for_each_flat_value(const Card& card, See see) {
  // Every name is unique by construction (fields are unique within their
  // owner; contacts and lines add distinct prefixes).
  for (const auto& [name, value] : card.fields) see(std::string_view(), name, value);
  if (card.kind == CardKind::Order) see(std::string_view(), "@project_card", std::to_string(card.project_card_id));
  const auto see_record = [&](std::string_view item, std::int64_t n, const std::optional<std::string>& id,
                              const Fields& fields) {
    const std::string prefix = std::string(item) + "[" + std::to_string(n) + "]/";
    if (id) see(prefix, "@Id", *id);
    for (const auto& [name, value] : fields) see(prefix, name, value);
  };
  for (const Contact& contact : card.contacts) see_record("Contact", contact.number, contact.id, contact.fields);
  for (std::size_t i = 0; i < card.lines.size(); ++i)
    see_record("Product", static_cast<std::int64_t>(i + 1), card.lines[i].product_id, card.lines[i].fields);
}

// One value that an upsert changes; nullopt is "absent".
struct Change {
  std::string field;
  std::optional<std::string> before;
  std::optional<std::string> after;
  friend bool operator==(const Change&, const Change&) = default;
};

// What turns `before` (nullptr: no card yet) into `after`: the changed and
// new values in the order of `after`, then the values `after` no longer has.
std::vector<Change> changes_between(const Card* before, const Card& after);

}  // namespace syncfeed::sim
