#include "sim/card.h"

#include <algorithm>

namespace syncfeed::sim {

std::string_view kind_name(CardKind kind) { return kind == CardKind::Project ? "project" : "order"; }

std::size_t Fields::index_of(std::string_view name) const {
  std::size_t i = 0;
  while (i < items_.size() && items_[i].first != name) ++i;
  return i;
}

const std::string* Fields::find(std::string_view name) const {
  const std::size_t i = index_of(name);
  return i < items_.size() ? &items_[i].second : nullptr;
}

void Fields::set(std::string_view name, std::string value) {
  if (const std::size_t i = index_of(name); i < items_.size())
    items_[i].second = std::move(value);
  else
    items_.emplace_back(std::string(name), std::move(value));
}

void Fields::set(std::string&& name, std::string value) {
  if (const std::size_t i = index_of(name); i < items_.size())
    items_[i].second = std::move(value);
  else
    items_.emplace_back(std::move(name), std::move(value));
}

void Fields::set(std::string&& name, std::string_view value) {
  if (const std::size_t i = index_of(name); i < items_.size())
    items_[i].second = value;
  else
    items_.emplace_back(std::move(name), value);
}

void Fields::merge(Fields&& other) {
  if (items_.empty()) {  // a new card: nothing to look up
    items_ = std::move(other.items_);
    return;
  }
  // A new name goes right after the one `other` sets before it (the first at
  // the end), not at the end: a list item removed by one occurrence of a card
  // and sent again by a later one then comes back to where it was, so that a
  // feed applied twice leaves the fields in the same order as applied once.
  std::size_t previous = items_.size();  // where other's previous name is; size(): none yet
  for (Item& item : other.items_) {
    std::size_t at = index_of(item.first);
    if (at < items_.size()) {
      items_[at].second = std::move(item.second);
    } else {
      at = previous < items_.size() ? previous + 1 : items_.size();
      items_.insert(items_.begin() + static_cast<std::ptrdiff_t>(at), std::move(item));
    }
    previous = at;
  }
}

void Fields::erase(std::string_view name) {
  std::erase_if(items_, [&](const Item& item) { return item.first == name; });
}

std::string_view display_name(const Card& card) {
  const std::string* name = card.fields.find(card.kind == CardKind::Project ? "Name" : "Number");
  return name ? std::string_view(*name) : std::string_view();
}

Fields flat_view(const Card& card) {
  Fields flat;
  for_each_flat_value(card, [&](std::string_view prefix, std::string_view name, std::string_view value) {
    flat.append(std::string(prefix).append(name), std::string(value));
  });
  return flat;
}

std::size_t flat_size(const Card& card) {
  std::size_t n = card.fields.size() + (card.kind == CardKind::Order ? 1 : 0);
  for (const Contact& contact : card.contacts) n += contact.fields.size() + (contact.id ? 1 : 0);
  for (const ProductLine& line : card.lines) n += line.fields.size() + (line.product_id ? 1 : 0);
  return n;
}

namespace {

// The items of `fields` sorted by name, for lookups in O(log n): an order
// with many product lines has hundreds of values.
std::vector<const Fields::Item*> sorted_by_name(const Fields& fields) {
  std::vector<const Fields::Item*> sorted;
  sorted.reserve(fields.size());
  for (const Fields::Item& item : fields) sorted.push_back(&item);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  return sorted;
}

const std::string* lookup(const std::vector<const Fields::Item*>& sorted, const std::string& name) {
  auto at = std::lower_bound(sorted.begin(), sorted.end(), name,
                             [](const Fields::Item* item, const std::string& n) { return item->first < n; });
  return at != sorted.end() && (*at)->first == name ? &(*at)->second : nullptr;
}

}  // namespace

std::vector<Change> changes_between(const Card* before, const Card& after) {
  std::vector<Change> changes;
  if (!before) {  // every value is new
    changes.reserve(flat_size(after));
    for_each_flat_value(after, [&](std::string_view prefix, std::string_view name, std::string_view value) {
      changes.push_back({std::string(prefix).append(name), std::nullopt, std::string(value)});
    });
    return changes;
  }
  const Fields new_values = flat_view(after);
  const Fields old_values = flat_view(*before);
  const auto old_sorted = sorted_by_name(old_values);
  const auto new_sorted = sorted_by_name(new_values);
  for (const auto& [name, value] : new_values) {
    const std::string* old_value = lookup(old_sorted, name);
    if (!old_value || *old_value != value)
      changes.push_back({name, old_value ? std::optional(*old_value) : std::nullopt, value});
  }
  for (const auto& [name, value] : old_values)
    if (!lookup(new_sorted, name)) changes.push_back({name, value, std::nullopt});
  return changes;
}

}  // namespace syncfeed::sim
