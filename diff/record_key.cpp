#include "diff/record_key.h"

#include <algorithm>
#include <unordered_map>

#include "feed/ascii_case.h"

namespace syncfeed::diff {
namespace {

std::string first_email(const Element& contact) {
  for (const Element* email : contact.items(Kind::Emails))
    if (const Element* value = email->child(Kind::Value); value && !value->text.empty()) return value->text;
  return {};
}

// A contact's FirstName and LastName as the simulator compares them (exact
// text; the k-th namesake is the k-th, see keyed_children): as a key (the two
// kept apart), and as shown in a path step. Empty without either.
std::string name_key(const Element& contact) {
  const std::string_view first = contact.value(Kind::FirstName), last = contact.value(Kind::LastName);
  if (first.empty() && last.empty()) return {};
  return std::string(first) + '\n' + std::string(last);
}

std::string shown_name(const Element& contact) {
  const std::string_view first = contact.value(Kind::FirstName), last = contact.value(Kind::LastName);
  if (first.empty() || last.empty()) return std::string(first.empty() ? last : first);
  return std::string(first) + " " + std::string(last);
}

// Key and step before occurrences are numbered; `position` counts the items
// of this parent that fell back to matching by position.
KeyedChild key_of(const Element& parent, const Element& child, int& position) {
  KeyedChild k;
  k.element = &child;
  const std::string tag(child.tag());
  auto by_position = [&] {
    k.key = "#" + std::to_string(++position);
    k.step = tag + "[" + k.key + "]";
  };
  if (child.kind == Kind::Custom) {
    k.key = "custom:" + tag;
    k.step = tag;
  } else if (child.kind == Kind::Text) {
    k.key = k.step = "#text";
  } else if (!is_list_container(parent.kind)) {
    k.key = k.step = tag;  // a field: one per parent
  } else if (child.kind == Kind::Contact && !(child.has_id && !child.id.empty())) {
    if (std::string email = first_email(child); !email.empty()) {
      // The step shows the key, not either side's spelling, so that a path
      // names the same contact whichever revision it was read from.
      // MiniCRM matches contacts by e-mail case-insensitively (docs/format.md §4).
      k.key = "email:" + ascii_lower(email);
      k.step = tag + "[" + k.key + "]";
    } else if (std::string name = name_key(child); !name.empty()) {
      k.key = "name:" + name;
      k.step = tag + "[name:" + shown_name(child) + "]";
    } else {
      by_position();
    }
  } else if (child.has_id) {
    k.key = "id:" + child.id;
    k.step = tag + "[" + child.id + "]";
  } else {
    by_position();
  }
  return k;
}

}  // namespace

bool is_list_container(Kind kind) {
  const KindInfo& k = info(kind);
  return k.children.size() == 1 && k.children[0].repeatable;
}

std::vector<KeyedChild> keyed_children(const Element& parent) {
  std::vector<KeyedChild> out;
  out.reserve(parent.children.size());
  std::unordered_map<std::string, int> seen;
  int position = 0;
  for (const Element& child : parent.children) {
    KeyedChild k = key_of(parent, child, position);
    if (const int n = ++seen[k.key]; n > 1) {
      k.key += "#" + std::to_string(n);
      k.step += "#" + std::to_string(n);
    }
    out.push_back(std::move(k));
  }
  return out;
}

std::string project_step(const Element& project) { return "Project[" + project.id + "]"; }

const std::string* project_id(const Element& project) {
  return project.has_id && !project.id.empty() ? &project.id : nullptr;
}

}  // namespace syncfeed::diff
