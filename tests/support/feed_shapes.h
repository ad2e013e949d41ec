// The shapes a feed's records come in, counted over generated feeds, so that
// a test can fail when a generator never makes one of them (a property over
// feeds that never hold a contact without Id and e-mail proves nothing
// about such contacts).
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "feed/model.h"

namespace syncfeed::test {

using ShapeCounts = std::map<std::string, int>;

namespace shapes_detail {

inline bool has_email(const Element& record) {
  for (const Element* email : record.items(Kind::Emails))
    if (!email->value(Kind::Value).empty()) return true;
  return false;
}

inline bool has_custom(const Element& record) {
  for (const Element& child : record.children)
    if (child.kind == Kind::Custom) return true;
  return false;
}

inline void count_contact(const Element& contact, ShapeCounts& counts) {
  const bool id = contact.has_id && !contact.id.empty(), email = has_email(contact);
  const bool name = !contact.value(Kind::FirstName).empty() || !contact.value(Kind::LastName).empty();
  if (id && email) ++counts["contact with Id and e-mail"];
  if (id && !email) ++counts["contact with Id, no e-mail"];
  if (!id && email) ++counts["contact with e-mail, no Id"];
  if (!id && !email && name) ++counts["contact with a name only (no Id, no e-mail)"];
  if (!id && !email && !name) ++counts["contact with no Id, no e-mail, no name"];
  for (Kind k : {Kind::FirstName, Kind::LastName})
    if (const Element* n = contact.child(k); n && n->text.empty()) ++counts["contact with an empty name element"];
  if (has_custom(contact)) ++counts["contact with a custom field"];
}

}  // namespace shapes_detail

// Adds the shapes of one feed's projects to `counts`.
inline void count_shapes(const std::vector<Element>& projects, ShapeCounts& counts) {
  using namespace shapes_detail;
  std::set<std::string> project_ids;
  for (const Element& project : projects) {
    if (project.has_id && !project_ids.insert(project.id).second) ++counts["a Project Id twice in one feed"];
    if (has_custom(project)) ++counts["project with a custom field"];
    if (const Element* business = project.child(Kind::Business))
      ++counts[has_email(*business) ? "business with e-mail" : "business without e-mail"];
    const auto contacts = project.items(Kind::Contacts);
    if (contacts.empty()) ++counts["project without contacts"];
    std::set<std::pair<std::string_view, std::string_view>> names;
    std::set<std::string> contact_ids;
    for (const Element* contact : contacts) {
      count_contact(*contact, counts);
      const std::pair<std::string_view, std::string_view> name{contact->value(Kind::FirstName),
                                                               contact->value(Kind::LastName)};
      if (!name.first.empty() || !name.second.empty())
        if (!names.insert(name).second) ++counts["namesakes in one project"];
      if (contact->has_id && !contact_ids.insert(contact->id).second) ++counts["a contact Id twice in one project"];
    }
    for (const Element* order : project.items(Kind::Orders))
      if (const Element* own = order->child(Kind::OrderProject); own && has_custom(*own))
        ++counts["order's Project with a custom field"];
  }
}

// One line per shape seen, with its count, for a failing test to show.
inline std::string describe(const ShapeCounts& counts) {
  std::string seen;
  for (const auto& [shape, n] : counts) seen += "  " + shape + ": " + std::to_string(n) + "\n";
  return seen;
}

// The shapes of `expected` that `counts` never saw.
inline std::vector<std::string> missing_shapes(const ShapeCounts& counts, const std::vector<std::string>& expected) {
  std::vector<std::string> missing;
  for (const std::string& shape : expected)
    if (!counts.count(shape)) missing.push_back(shape);
  return missing;
}

}  // namespace syncfeed::test
