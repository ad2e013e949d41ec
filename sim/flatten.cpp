#include "sim/flatten.h"

#include <algorithm>

#include "feed/schema.h"
#include "feed/writer.h"

namespace syncfeed::sim {
namespace {

// Contacts, Orders and Products hold cards or lines, not fields.
bool holds_records(Kind kind) { return kind == Kind::Contacts || kind == Kind::Orders || kind == Kind::Products; }

// A list container (Emails, Phones, Addresses): one repeatable child kind.
bool is_list(Kind kind) {
  const KindInfo& k = info(kind);
  return !k.leaf && k.children.size() == 1 && k.children[0].repeatable;
}

bool starts_with_any(const std::string& name, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return name.starts_with(p); });
}

// prefix + name + suffix, allocated once: names are built for every value of a feed.
std::string joined(std::string_view prefix, std::string_view name, std::string_view suffix = {}) {
  if (prefix.empty() && suffix.empty()) return std::string(name);  // a record's own field: most of them
  std::string out;
  out.reserve(prefix.size() + name.size() + suffix.size());
  out.append(prefix).append(name).append(suffix);
  return out;
}

// How many values the record's fields may set: its leaves and custom fields
// at any depth (a bound: empty ones may be left out). Reserved up front, so
// that the values are not moved each time their vector grows.
std::size_t count_values(const Element& record) {
  std::size_t n = 0;
  for (const Element& child : record.children) {
    if (child.kind == Kind::Text || holds_records(child.kind)) continue;
    n += child.kind == Kind::Custom || child.is_leaf() ? 1 : count_values(child);
  }
  return n;
}

// The fields of one record element into one FieldUpdate, by tag path.
class Flattener {
 public:
  Flattener(EmptyElements empty, FieldUpdate& out) : empty_(empty), out_(out) {}

  void record(const Element& element, const std::string& prefix) {
    for (const Element& child : element.children) {
      if (child.kind == Kind::Text || holds_records(child.kind)) continue;
      if (child.kind == Kind::Custom) {
        std::string value = custom_value(child);
        if (empty_ == EmptyElements::Keep && value.empty()) continue;
        set(joined(prefix, child.name), std::move(value));
      } else if (child.is_leaf()) {
        if (empty_ == EmptyElements::Keep && child.text.empty()) continue;
        // An e-mail's or phone's Value is named by its item: Email[1], not Email[1]/Value.
        std::string name =
            child.kind == Kind::Value ? prefix.substr(0, prefix.size() - 1) : joined(prefix, child.tag());
        set(std::move(name), std::string_view(child.text));  // copied straight into place
      } else if (is_list(child.kind)) {
        list(child, prefix);
      } else {
        record(child, joined(prefix, child.tag(), "/"));
      }
    }
  }

 private:
  // A list's items set their values in place; the list is then recorded as
  // sent whole, before the lists its items hold, unless (EmptyElements::Keep)
  // it set no value at all.
  void list(const Element& list, const std::string& prefix) {
    const Kind item_kind = info(list.kind).children[0].kind;
    const std::string list_prefix = joined(prefix, tag(item_kind), "[");
    const std::size_t sets_before = sets_, lists_before = out_.replaced_lists.size();
    int n = 0;
    for (const Element& item : list.children) {
      if (item.kind != item_kind) continue;  // misplaced: the schema check reports it
      record(item, list_prefix + std::to_string(++n) + "]/");
    }
    if (empty_ == EmptyElements::Keep && sets_ == sets_before) return;
    auto& lists = out_.replaced_lists;
    lists.insert(lists.begin() + static_cast<std::ptrdiff_t>(lists_before), list_prefix);
  }

  template <typename Value>
  void set(std::string&& name, Value&& value) {
    out_.values.set(std::move(name), std::forward<Value>(value));
    ++sets_;
  }

  EmptyElements empty_;
  FieldUpdate& out_;
  std::size_t sets_ = 0;  // values set so far, repeats included
};

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

FieldUpdate read_fields(const Element& record, EmptyElements empty) {
  FieldUpdate update;
  update.values.reserve(count_values(record));
  Flattener(empty, update).record(record, "");
  return update;
}

void apply_update(Fields& fields, FieldUpdate update) {
  if (!update.replaced_lists.empty()) {
    std::vector<std::string> stale;
    for (const auto& [name, value] : fields)
      if (starts_with_any(name, update.replaced_lists) && !update.values.find(name)) stale.push_back(name);
    for (const std::string& name : stale) fields.erase(name);
  }
  fields.merge(std::move(update.values));
}

std::string custom_value(const Element& field) {
  if (field.children.empty() && field.attributes.empty()) return field.text;
  std::string xml = canonical_element(field, 0, Directives::Omit);
  if (!xml.empty() && xml.back() == '\n') xml.pop_back();
  return xml;
}

std::optional<std::vector<ProductLine>> read_product_lines(const Element& products, EmptyElements empty) {
  std::vector<ProductLine> lines;
  bool any_value = false;
  for (const Element& product : products.children) {
    if (product.kind != Kind::Product) continue;  // misplaced: the schema check reports it
    ProductLine line;
    if (product.has_id) line.product_id = product.id;
    line.fields = read_fields(product, empty).values;
    any_value = any_value || line.product_id || !line.fields.empty();
    lines.push_back(std::move(line));
  }
  if (empty == EmptyElements::Keep && !any_value) return std::nullopt;
  return lines;
}

std::optional<std::string> reference_id(const Element& record) {
  if (!record.has_id || blank(record.id)) return std::nullopt;
  return record.id;
}

std::vector<std::string_view> emails_of(const Fields& fields) {
  std::vector<std::string_view> emails;
  for (const auto& [name, value] : fields)
    if (name.starts_with("Email[") && name.back() == ']' && !value.empty()) emails.push_back(value);
  return emails;
}

}  // namespace syncfeed::sim
