// unknown-element: the custom fields of a project or of an order's card.
//
// Any element under <Project> (or an order's <Project>) that the format does
// not name is a MiniCRM custom field, sent under its API name (Enum1951). The
// reader keeps it as a Kind::Custom child. Elsewhere an unknown element is a
// `schema` finding of the reader, so this rule looks only at those two places.
//
// Custom fields repeat in every project, so each name is reported once per
// file and place (project card / order card), at its first occurrence, with
// the number of records that carry it. When the name looks like a field of
// the format (other letter case, the Webshop_ prefix spelt differently or
// missing, singular/plural, a missing "Id", one typo, or a field that belongs
// deeper in the tree) the message names the field that was probably meant.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/structure/structure_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUnknownElement{
    .id = "unknown-element",
    .severity = Severity::Info,
    .summary = "An element the format does not name: kept as a custom field",
    .description =
        "Any element directly under `<Project>`, or under an order's own `<Project>`, that the "
        "format does not name is a MiniCRM **custom field**, addressed by its API name (for "
        "example `Enum1951` or `Field2254`). syncfeed keeps such fields, compares them and writes "
        "them back; MiniCRM stores them on the project card (or on the order card).\n\n"
        "That is right for real custom fields, and wrong for a field of the format spelt another "
        "way: element names are case-sensitive, so `<name>` is not the card's `<Name>` but a "
        "custom field called `name` that MiniCRM does not have. So the message names the field "
        "that was probably meant when the name differs from one only in letter case, in the "
        "`Webshop_` prefix, in a plural `s`, in a missing `Id`, or in one letter; and it says where "
        "the format puts a field that belongs deeper (an `<Email>` directly in `<Project>` belongs "
        "in `Business/Emails/Email` or `Contacts/Contact/Emails/Email`).\n\n"
        "Each name is reported once per file (at its first occurrence, with the number of "
        "records that carry it), for project cards and order cards separately. An unknown "
        "element anywhere else (inside `<Business>`, `<Order>`...) is a `schema` error instead.",
    .fix = "Check each name against the custom fields of your MiniCRM system (Settings → the Webshop "
           "module → field API names). Rename a misspelt field to the format's spelling; remove a "
           "field MiniCRM does not have. Turn the rule off (`unknown-element = \"off\"`) once the "
           "custom fields are known to be right.",
    .failing = "<Projects>\n"
               "  <Project Id=\"14353\">\n"
               "    <Name>Kovács Anna</Name>\n"
               "    <CategoryId>12</CategoryId>\n"
               "    <statusId>Registered</statusId>\n"
               "    <Contacts><Contact><FirstName>Anna</FirstName><LastName>Kovács</LastName></Contact></Contacts>\n"
               "  </Project>\n"
               "</Projects>\n",
    .failing_line = 5,
    .passing = "<Projects>\n"
               "  <Project Id=\"14353\">\n"
               "    <Name>Kovács Anna</Name>\n"
               "    <CategoryId>12</CategoryId>\n"
               "    <StatusId>Registered</StatusId>\n"
               "    <Contacts><Contact><FirstName>Anna</FirstName><LastName>Kovács</LastName></Contact></Contacts>\n"
               "  </Project>\n"
               "</Projects>\n",
};

// The lower-case name without the separators people put in it.
std::string normalized(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '_' || c == '-' || c == '.') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool strip_prefix(std::string& s, std::string_view prefix) {
  if (s.rfind(prefix, 0) != 0) return false;
  s.erase(0, prefix.size());
  return true;
}

bool strip_suffix(std::string& s, std::string_view suffix) {
  if (s.size() <= suffix.size() || s.compare(s.size() - suffix.size(), suffix.size(), suffix) != 0) return false;
  s.resize(s.size() - suffix.size());
  return true;
}

// The normalized name stripped of what is commonly added or left out: the
// "webshop" prefix, a plural "s", an "id" suffix.
std::string stem(std::string_view name) {
  std::string s = normalized(name);
  strip_prefix(s, "webshop");
  strip_suffix(s, "id");
  strip_suffix(s, "s");
  return s;
}

// True when a and b differ by one insertion, deletion, substitution or
// transposition of adjacent letters.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i == a.size()) return false;  // equal
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // b has one letter more
}

// The field of <Project> that `name` probably means, or empty.
std::string_view meant_project_field(std::string_view name) {
  const std::string key = normalized(name);
  const std::string key_stem = stem(name);
  std::string_view by_stem, by_typo;
  for (const ChildRule& rule : info(Kind::Project).children) {
    const std::string_view tag = syncfeed::tag(rule.kind);
    if (normalized(tag) == key) return tag;
    if (by_stem.empty() && !key_stem.empty() && stem(tag) == key_stem) by_stem = tag;
    if (by_typo.empty() && key.size() >= 6 && one_edit_apart(normalized(tag), key)) by_typo = tag;
  }
  return by_stem.empty() ? by_typo : by_stem;
}

// Where below <Project> the format puts an element called `name`, as paths
// ("Business/Emails/Email", "Contacts/Contact/Emails/Email"). Exact matches
// (ignoring case and separators) first; failing those, the same tolerance
// as for the project's own fields (plural, "Id", one typo). Found by walking
// the schema table, so it follows the format wherever it changes.
std::vector<std::string> deeper_paths(std::string_view name) {
  const std::string key = normalized(name);
  const std::string key_stem = stem(name);
  std::vector<std::string> exact, near;
  struct Step {
    Kind kind;
    std::string path;
  };
  std::vector<Step> queue;
  for (const ChildRule& rule : info(Kind::Project).children)
    if (!is_leaf(rule.kind)) queue.push_back({rule.kind, std::string(tag(rule.kind))});
  for (std::size_t i = 0; i < queue.size() && queue.size() < 200; ++i) {
    const Step step = queue[i];
    for (const ChildRule& rule : info(step.kind).children) {
      const std::string_view child = tag(rule.kind);
      std::string path = step.path + "/" + std::string(child);
      const std::string other = normalized(child);
      if (other == key)
        exact.push_back(path);
      else if (stem(child) == key_stem || (key.size() >= 5 && one_edit_apart(other, key)))
        near.push_back(path);
      if (!is_leaf(rule.kind)) queue.push_back({rule.kind, std::move(path)});
    }
  }
  return exact.empty() ? near : exact;
}

std::string advice_for_project_field(std::string_view name) {
  if (const std::string_view meant = meant_project_field(name); !meant.empty())
    return fmt::format("did you mean <{}>? As spelt, it is sent to MiniCRM as a custom field named \"{}\" "
                       "(element names are case-sensitive)",
                       meant, name);
  const std::vector<std::string> paths = deeper_paths(name);
  if (!paths.empty()) {
    std::string list;
    for (std::size_t i = 0; i < paths.size() && i < 3; ++i) list += (i ? " or " : "") + paths[i];
    if (paths.size() > 3) list += " ...";
    return fmt::format("the format has it at {}. Directly in <Project> it is sent to MiniCRM as a custom "
                       "field named \"{}\"",
                       list, name);
  }
  return fmt::format("it is kept and sent to MiniCRM as the project card's custom field with the API name {}",
                     name);
}

class UnknownElement final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    ++record_;
    for (const Element& child : project.children)
      if (child.kind == Kind::Custom) seen(child, Place::ProjectCard, {&project}, context);
    for (const Element* order : project.items(Kind::Orders)) {
      ++record_;
      if (const Element* card = order->child(Kind::OrderProject))
        for (const Element& child : card->children)
          if (child.kind == Kind::Custom) seen(child, Place::OrderCard, {&project, order}, context);
    }
  }

  void finish(RuleContext& context) override {
    for (const First& first : firsts_) {
      const bool project_card = first.place == Place::ProjectCard;
      const std::string what =
          project_card ? advice_for_project_field(first.name)
                       : fmt::format("it is kept and sent to MiniCRM as the order card's custom field with "
                                     "the API name {}",
                                     first.name);
      const std::string count =
          first.count > 1 ? fmt::format(" ({} {} carry it)", first.count, project_card ? "projects" : "orders") : "";
      context.report(first.loc, fmt::format("<{}> is not a field of the format{}: {}{}", first.name,
                                            project_card ? "" : " (in an order's <Project>)", what, count),
                     first.project_id, first.order_id, {}, first.name);
    }
  }

 private:
  enum class Place : std::uint8_t { ProjectCard, OrderCard };

  struct First {
    std::string name;
    Place place;
    Location loc;
    std::string project_id, order_id;
    std::size_t count = 0;        // records (projects or orders) that carry it
    std::uint64_t last_record = 0;  // the last record counted
  };

  // Each distinct name costs one entry; a hostile feed with endless distinct
  // names stops being indexed at this many and is reported where it stands.
  static constexpr std::size_t kMaxNames = 10000;

  void seen(const Element& field, Place place, RecordIds ids, RuleContext& context) {
    const std::string key = std::string(place == Place::ProjectCard ? "P:" : "O:") + field.name;
    if (const auto it = index_.find(key); it != index_.end()) {
      First& first = firsts_[it->second];
      if (first.last_record != record_) ++first.count;  // a record repeating the field counts once
      first.last_record = record_;
      return;
    }
    if (index_.size() >= kMaxNames) {
      context.report(field.loc, fmt::format("<{}> is not a field of the format: it is kept as a custom field",
                                            field.name),
                     ids, field.name);
      return;
    }
    index_.emplace(key, firsts_.size());
    firsts_.push_back({field.name, place, field.loc, ids.project ? ids.project->id : std::string(),
                       ids.order ? ids.order->id : std::string(), 1, record_});
  }

  std::unordered_map<std::string, std::size_t> index_;
  std::vector<First> firsts_;  // in order of first occurrence
  std::uint64_t record_ = 0;   // numbers the projects and order cards as they come
};

}  // namespace

void add_unknown_element_rule(RuleList& rules) { rules.push_back({kUnknownElement, make_rule<UnknownElement>}); }

}  // namespace syncfeed
