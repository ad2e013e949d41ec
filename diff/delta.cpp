#include "diff/delta.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "diff/compare.h"
#include "diff/record_key.h"
#include "feed/writer.h"

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

// MiniCRM finds a contact without Id by its e-mail or its name, each stored
// contact at most once per project sent, in order (docs/simulator.md): which
// one a contact finds depends on the contacts sent before it. So a Contacts
// list with such a contact travels whole once anything in it changed; the
// unchanged contacts re-sent change nothing.
bool needs_whole_list(const Element& list) {
  if (list.kind != Kind::Contacts) return false;
  return std::any_of(list.children.begin(), list.children.end(), [](const Element& contact) {
    return contact.id.find_first_not_of(" \t\r\n") == std::string::npos;  // no Id, or an empty or blank one
  });
}

// The element a path of compare_projects names in `project`, or nullptr.
const Element* find_path(const Element& project, std::string_view path) {
  const Element* at = &project;
  std::size_t start = path.find('/');
  while (at && start != std::string_view::npos) {
    const std::size_t end = path.find('/', start + 1);
    const std::string_view step = path.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
    const Element* next = nullptr;
    for (const KeyedChild& k : keyed_children(*at))
      if (k.step == step) next = k.element;
    at = next;
    start = end;
  }
  return at;
}

// Lists that a record re-sent whole carries whole: MiniCRM replaces an order's
// product lines, and (as the simulator reads it) a re-sent list of e-mails,
// phones or addresses, so their items can be removed by the delta.
bool replaced_when_sent(Kind list) {
  return list == Kind::Products || list == Kind::Emails || list == Kind::Phones || list == Kind::Addresses;
}

// What NEW no longer has and the delta cannot take away, as warnings.
void warn_gone(const Element& old_project, const Element& new_project, std::vector<std::string>& warnings) {
  for (const Change& c : compare_projects(old_project, new_project)) {
    if (c.op != Op::Remove) continue;
    const std::string_view list_path = std::string_view(c.path).substr(0, c.path.rfind('/'));
    const Element* list = find_path(new_project, list_path);
    if (list && replaced_when_sent(list->kind)) continue;  // NEW sends the list: it replaces OLD's
    const std::string_view last = std::string_view(c.path).substr(c.path.rfind('/') + 1);
    const char* hint = last.starts_with("Order[") ? "; to cancel an order, send it with Status Failed" : "";
    const std::string kept = c.record ? "" : fmt::format(" (MiniCRM keeps \"{}\")", *c.old_value);
    warnings.push_back(fmt::format("{} is in OLD but not in NEW: a feed cannot delete it{}{}", c.path, kept, hint));
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

  bool changed = false;  // something beyond the carried fields
  bool basket = false;   // a lost-basket field changed: send them all
  const Counterparts fields = line_up(&old_project, new_project);
  for (const KeyedChild& k : fields.news) {
    const Element& child = *k.element;
    const Element* before = fields.old_of(k);
    const std::string path = project_path + "/" + k.step;
    if (child.kind == Kind::Orders || child.kind == Kind::Contacts) {
      Element items = changed_items(before, child, path);
      if (items.children.empty()) continue;
      changed = true;
      out.children.push_back(needs_whole_list(child) ? child : std::move(items));
    } else if (child.kind == Kind::Business) {
      if (differs(before, child, path)) {
        changed = true;
        out.children.push_back(child);
      } else if (const Element* name = child.child(Kind::Name)) {
        Element party(Kind::Business);  // only what names the party
        party.children.push_back(*name);
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

DeltaCounts write_delta(Revisions& revisions, CanonicalWriter& writer, std::vector<std::string>& warnings) {
  DeltaCounts counts;
  writer.begin();
  revisions.for_each_candidate([&](const Element* old_project, const Element* new_project) {
    if (!old_project) {
      ++counts.added;
      return writer.project(*new_project);
    }
    if (!new_project) return warnings.push_back(project_gone_warning(*old_project));
    if (auto partial = delta_project(*old_project, *new_project, warnings)) {
      ++counts.changed;
      writer.project(*partial);
    }
  });
  writer.end();
  counts.unchanged = revisions.counts().same + revisions.counts().candidates - counts.changed;
  return counts;
}

std::string project_gone_warning(const Element& old_project) {
  return fmt::format(
      "{} is in OLD but not in NEW: a feed cannot delete it (to block the customer, send it with Webshop_Disabled 1)",
      project_step(old_project));
}

}  // namespace syncfeed::diff
