#include "diff/delta.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "diff/compare.h"
#include "diff/record_key.h"

namespace syncfeed::diff {
namespace {

// Fields every project of the delta carries when NEW has them: without them
// the delta would not lint clean where NEW does (project-name-missing,
// category-id-missing, status-id-missing, user-id-missing).
constexpr Kind kCarriedFields[] = {Kind::Name, Kind::CategoryId, Kind::StatusId, Kind::UserId};

// Compared with each other by lost-basket-consistency: sent together or not at all.
constexpr Kind kLostBasketFields[] = {Kind::LostBasketContent, Kind::LostBasketDate, Kind::LostBasketValue,
                                      Kind::AllLostBasket};

template <std::size_t N>
bool is_one_of(Kind kind, const Kind (&kinds)[N]) {
  return std::find(std::begin(kinds), std::end(kinds), kind) != std::end(kinds);
}

// Old and new children of one element lined up by key, in NEW's order.
struct Counterparts {
  std::vector<KeyedChild> news;
  std::unordered_map<std::string, const Element*> old_by_key;
  const Element* old_of(const KeyedChild& k) const {
    auto it = old_by_key.find(k.key);
    return it == old_by_key.end() ? nullptr : it->second;
  }
};

Counterparts line_up(const Element* old_parent, const Element& new_parent) {
  Counterparts c{keyed_children(new_parent), {}};
  if (old_parent)
    for (KeyedChild& k : keyed_children(*old_parent)) c.old_by_key.emplace(std::move(k.key), k.element);
  return c;
}

bool differs(const Element* old_element, const Element& new_element, const std::string& path) {
  return !compare_elements(old_element, &new_element, path).empty();
}

// The changed or new items of a list (Orders, Contacts), each whole.
Element changed_items(const Element* old_list, const Element& new_list, const std::string& path) {
  Element out(new_list.kind);
  const Counterparts c = line_up(old_list, new_list);
  for (const KeyedChild& k : c.news)
    if (differs(c.old_of(k), *k.element, path + "/" + k.step)) out.children.push_back(*k.element);
  return out;
}

// What NEW no longer has, as warnings. Product lines are the exception: the
// changed order is sent whole, and an order sent again replaces its lines.
void warn_gone(const Element& old_project, const Element& new_project, std::vector<std::string>& warnings) {
  for (const Change& c : compare_projects(old_project, new_project)) {
    if (c.op != Op::Remove || c.path.find("/Products/Product[") != std::string::npos) continue;
    std::string what = c.record ? "" : fmt::format(" (MiniCRM keeps \"{}\")", *c.old_value);
    const std::string_view last = std::string_view(c.path).substr(c.path.rfind('/') + 1);
    const char* hint = last.starts_with("Order[") ? "; to cancel an order, send it with Status Failed" : "";
    warnings.push_back(fmt::format("{} is in OLD but not in NEW: a feed cannot delete it{}{}", c.path, what, hint));
  }
}

}  // namespace

std::optional<Element> delta_project(const Element& old_project, const Element& new_project,
                                     std::vector<std::string>& warnings) {
  warn_gone(old_project, new_project, warnings);
  const std::string project_path = project_step(new_project);
  Element out(Kind::Project);
  out.has_id = true;
  out.id = new_project.id;

  bool changed = false;      // something beyond the carried fields
  bool basket = false;       // a lost-basket field changed: send them all
  const Counterparts fields = line_up(&old_project, new_project);
  for (const KeyedChild& k : fields.news) {
    const Element& child = *k.element;
    const Element* before = fields.old_of(k);
    const std::string path = project_path + "/" + k.step;
    if (child.kind == Kind::Orders || child.kind == Kind::Contacts) {
      Element items = changed_items(before, child, path);
      if (items.children.empty()) continue;
      changed = true;
      out.children.push_back(std::move(items));
    } else if (child.kind == Kind::Business) {
      if (differs(before, child, path)) {
        changed = true;
        out.children.push_back(child);
      } else {
        Element party(Kind::Business);  // only what names the party
        if (const Element* name = child.child(Kind::Name)) party.children.push_back(*name);
        out.children.push_back(std::move(party));
      }
    } else if (differs(before, child, path)) {
      changed = true;
      basket = basket || is_one_of(child.kind, kLostBasketFields);
      out.children.push_back(child);
    } else if (is_one_of(child.kind, kCarriedFields)) {
      out.children.push_back(child);
    }
  }
  if (!changed) return std::nullopt;

  if (basket)
    for (Kind kind : kLostBasketFields)
      if (const Element* field = new_project.child(kind); field && !out.child(kind)) out.children.push_back(*field);
  // Without a Business, a card's party is its one contact: send it even unchanged.
  if (!out.child(Kind::Business) && !out.child(Kind::Contacts))
    if (const auto contacts = new_project.items(Kind::Contacts); !contacts.empty()) {
      Element list(Kind::Contacts);
      list.children.push_back(*contacts.front());
      out.children.push_back(std::move(list));
    }
  std::stable_sort(out.children.begin(), out.children.end(), [](const Element& a, const Element& b) {
    return canonical_rank(Kind::Project, a.kind) < canonical_rank(Kind::Project, b.kind);
  });
  return out;
}

std::string project_gone_warning(const Element& old_project) {
  return fmt::format(
      "{} is in OLD but not in NEW: a feed cannot delete it (to block the customer, send it with Webshop_Disabled 1)",
      project_step(old_project));
}

}  // namespace syncfeed::diff
