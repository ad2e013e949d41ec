// unknown-element: an element the format does not list where it stands.
//
// Under <Project> (or an order's <Project>) it is a MiniCRM custom field,
// sent under its API name (Enum1951): info. In another record (a Contact's
// <Type>, a Product's <Weight>) MiniCRM documents nothing; we assume it is
// ignored, so what it holds is lost: warning. The reader keeps every such
// element whole as a Kind::Custom child; this rule only reports.
//
// Inside a list or directly under the root, an element whose name the format
// does not know (<Orders><Count>, <Projects><GeneratedAt>) is a warning too:
// MiniCRM reads a list's items by name, so it most likely ignores it. The
// model has no place for it (a list holds only its items): the reader drops
// it and hands it to Rule::stray first. A name of the format there (<Name> in
// <Orders>) and a list's item outside its list stay the reader's `schema`
// errors (feed/schema.h, classify_unknown).
//
// Such elements repeat in every project, so each name is reported once per
// file and kind of parent, at its first occurrence, with the number of
// records that carry it. When the name looks like a field of the record
// (other letter case, the Webshop_ prefix spelt differently or missing,
// singular/plural, a missing "Id", one typo) or a field that the format has
// elsewhere, the message names it.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/structure/structure_rules.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUnknownElement{
    .id = "unknown-element",
    .severity = Severity::Warning,
    .summary = "An element the format does not list there: a custom field, or data MiniCRM ignores",
    .description =
        "Feed generators send elements that MiniCRM's help page does not list, and MiniCRM imports "
        "such feeds. What happens to the element depends on where it stands; syncfeed keeps it "
        "in a record (fmt, roundtrip, diff and delta carry it), but not in a list or the root "
        "(below).\n\n"
        "- **Directly under `<Project>`, or under an order's own `<Project>`: info.** MiniCRM's help "
        "page says that any other element there is a **custom field** of the card, addressed by its "
        "API name (for example `Enum1951` or `Field2254`); MiniCRM stores it on the project card "
        "(or on the order card).\n"
        "- **In any other record (`<Business>`, `<Contact>`, an address, e-mail or phone, `<Order>`, "
        "`<Customer>`, `<Product>`): warning.** Real generators send a contact's `<Type>`, a "
        "product's `<Weight>`, a customer's `<Phone>`. MiniCRM documents nothing for them; our "
        "assumption is that MiniCRM ignores them, so what the generator meant to send in them may "
        "be lost.\n"
        "- **Inside a list (`<Orders>`, `<Products>`, `<Contacts>`, `<Emails>`, `<Phones>`, "
        "`<Addresses>`) or directly under the root `<Projects>`: warning.** Hand-written generators "
        "put a `<GeneratedAt>` or a `<Shop>` before the projects, a `<Count>` in `<Orders>`, a "
        "`<Shipping>` line in `<Products>`, a `<Primary>` in `<Emails>`. MiniCRM reads a list's "
        "items by name, so our assumption is that it ignores anything else there: what the generator "
        "meant to send in it may be lost (a `<Shipping>` line is not an order line). syncfeed's model "
        "has no place for it either: `fmt` does not write it back and `roundtrip` lists it as not "
        "kept. What it holds is not checked, in either mode. `xmllint --schema` rejects such a feed: "
        "XSD 1.0 cannot tolerate other elements beside a list's items, so the schema keeps lists "
        "strict, and `lint --xsd` reports Xerces's complaint as this warning.\n\n"
        "Not this rule's: a name the format uses, in a list that does not hold it (a `<Name>` in "
        "`<Orders>`, an `<Order>` directly in `<Projects>`), and a `<Contact>`, `<Order>` or "
        "`<Product>` outside its list, are `schema` errors: the element is misplaced, and what it "
        "holds is not imported.\n\n"
        "A field of the format spelt another way is the common mistake: element names are "
        "case-sensitive, so `<name>` is not the card's `<Name>` but a custom field called `name` that "
        "MiniCRM does not have. So the message names the field that was probably meant when the name "
        "differs from one of the record's fields only in letter case, in the `Webshop_` prefix, in a "
        "plural `s`, in a missing `Id`, or in one letter (names of 5 letters or more); a name with an "
        "`Id` of its own is not a slip (`<ContactId>` is not `<Contacts>`). Failing that, it says "
        "where the format puts a field of that name (an `<Email>` directly in `<Project>` belongs in "
        "`Business/Emails/Email` or `Contacts/Contact/Emails/Email`).\n\n"
        "Each name is reported once per file and kind of parent (at its first occurrence, with the "
        "number of records that carry it). A severity configured for the rule applies to every "
        "finding of it.",
    .fix =
        "Check each name under `<Project>` against the custom fields of your MiniCRM system "
        "(Settings → the Webshop module → field API names). Rename a misspelt field to the format's "
        "spelling; move a field of the format to where the format has it; remove a field MiniCRM "
        "does not have. Once the extra fields are known to be harmless, turn the rule off "
        "(`unknown-element = \"off\"`) or set it to info.",
    .failing_line = 5,
    .whole_feed = true,
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
// "webshop" prefix, a plural "s", and (with `drop_id`) an "id" suffix.
std::string stem(std::string_view name, bool drop_id) {
  std::string s = normalized(name);
  strip_prefix(s, "webshop");
  if (drop_id) strip_suffix(s, "id");
  strip_suffix(s, "s");
  return s;
}

// True when `name` is `field` with a plural "s", the "Webshop" prefix or the
// field's "Id" suffix added or left out. An "Id" that the name has and the
// field lacks is not a slip: <ContactId> is the id of a contact, not <Contacts>.
bool same_stem(std::string_view name, std::string_view field) {
  const std::string key = stem(name, false);
  return !key.empty() && (key == stem(field, false) || key == stem(field, true));
}

// True when a and b differ by one insertion, deletion, substitution or
// transposition of adjacent letters.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i == a.size()) return false;                      // equal
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // b has one letter more
}

// The fields a record of `parent` has, by their tags: its children, and the
// flat Email/Phone that a Business or Contact also takes.
std::vector<std::string_view> fields_of(Kind parent) {
  std::vector<std::string_view> out;
  for (const ChildRule& rule : info(parent).children) out.push_back(tag(rule.kind));
  if (parent == Kind::Business || parent == Kind::Contact) {
    out.push_back("Email");
    out.push_back("Phone");
  }
  return out;
}

// The field of `parent` that `name` probably means, or empty: one that
// differs only in letter case and separators; failing that, in a plural, the
// Webshop prefix or a missing Id; failing that, by one typo in a name of 5
// letters or more (shorter names are too close to everything).
std::string_view meant_field(Kind parent, std::string_view name) {
  const std::string key = normalized(name);
  std::string_view by_stem, by_typo;
  for (const std::string_view field : fields_of(parent)) {
    if (normalized(field) == key) return field;
    if (by_stem.empty() && same_stem(name, field)) by_stem = field;
    if (by_typo.empty() && key.size() >= 5 && one_edit_apart(normalized(field), key)) by_typo = field;
  }
  return by_stem.empty() ? by_typo : by_stem;
}

// Where below <Project> the format puts an element called `name`, as paths
// ("Business/Emails/Email", "Contacts/Contact/Emails/Email"). Exact matches
// (ignoring case and separators) first; failing those, the same tolerance
// as for a record's own fields (plural, "Id", one typo). Found by walking
// the schema table, so it follows the format wherever it changes.
std::vector<std::string> deeper_paths(std::string_view name) {
  const std::string key = normalized(name);
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
      else if (same_stem(name, child) || (key.size() >= 5 && one_edit_apart(other, key)))
        near.push_back(path);
      if (!is_leaf(rule.kind)) queue.push_back({rule.kind, std::move(path)});
    }
  }
  return exact.empty() ? near : exact;
}

// "the format has it at A or B", or empty.
std::string where_the_format_has(std::string_view name) {
  const std::vector<std::string> paths = deeper_paths(name);
  if (paths.empty()) return {};
  std::string list;
  for (std::size_t i = 0; i < paths.size() && i < 3; ++i) list += (i ? " or " : "") + paths[i];
  if (paths.size() > 3) list += " ...";
  return "the format has it at " + list;
}

std::string advice_for_project_field(std::string_view name) {
  if (const std::string_view meant = meant_field(Kind::Project, name); !meant.empty())
    return fmt::format(
        "did you mean <{}>? As spelt, it is sent to MiniCRM as a custom field named \"{}\" "
        "(element names are case-sensitive)",
        meant, name);
  if (const std::string elsewhere = where_the_format_has(name); !elsewhere.empty())
    return fmt::format("{}. Directly in <Project> it is sent to MiniCRM as a custom field named \"{}\"", elsewhere,
                       name);
  return fmt::format("it is kept and sent to MiniCRM as the project card's custom field with the API name {}", name);
}

// An element the format does not know, in a list or the root: MiniCRM reads
// the list's items by name, so it most likely ignores it; the model drops it.
std::string advice_for_stray(Kind list, std::string_view name) {
  const std::string ignored = fmt::format(
      "MiniCRM reads <{}> items by name and most likely ignores anything else, so what the generator meant to send "
      "in it may be lost (syncfeed's model has no place for it either: fmt does not write it back)",
      tag(info(list).children[0].kind));
  if (const std::string_view meant = meant_field(list, name); !meant.empty())
    return fmt::format("did you mean <{}>? {}", meant, ignored);
  return ignored;
}

// An unknown element in a record that has no custom fields (Contact, Order,
// Product...): MiniCRM documents nothing for it, and most likely ignores it.
std::string advice_for_extra(Kind parent, std::string_view name) {
  constexpr std::string_view kIgnored =
      "MiniCRM most likely ignores an element it does not know there, so what the generator meant to send in it "
      "may be lost (syncfeed keeps it: fmt writes it back)";
  if (const std::string_view meant = meant_field(parent, name); !meant.empty())
    return fmt::format("did you mean <{}>? {}", meant, kIgnored);
  if (const std::string elsewhere = where_the_format_has(name); !elsewhere.empty())
    return fmt::format("{}. {}", elsewhere, kIgnored);
  return std::string(kIgnored);
}

// What the rule takes of a project: the unknown elements in its records,
// and how many records it has (each counts a name once).
struct ProjectUnknowns : RuleDigest {
  struct Unknown {
    std::string_view name;
    Kind parent;
    UnknownChild place;
    Location loc;
    std::string_view project_id, order_id, product_id;
    std::uint64_t record;  // the record it stands in, numbered from 1 in the project
  };
  explicit ProjectUnknowns(DigestArena& arena) : unknowns(arena.resource()) {}
  DigestList<Unknown> unknowns;  // in document order
  std::uint64_t records = 0;
};

class UnknownElement final : public SplitRule<ProjectUnknowns> {
 public:
  // In a list or the root: only a name the format does not know is this rule's.
  void stray(const StrayElement& stray, RuleContext& context) override {
    if (stray.element.kind != Kind::Custom) return;
    const UnknownChild place = classify_unknown(stray.list, stray.element.name);
    if (place != UnknownChild::ExtraInList) return;
    ++record_;  // each occurrence counts
    seen(stray.element.name, stray.element.loc, stray.list, place, {stray.project_id, stray.order_id, stray.product_id},
         context);
  }

  void finish(RuleContext& context) override {
    for (const First& first : firsts_) {
      const bool custom_field = first.place == UnknownChild::CustomField;
      const std::string count =
          first.count > 1 ? fmt::format(" ({} {} carry it)", first.count, records(first.parent)) : "";
      std::string message;
      if (first.parent == Kind::Project)
        message = fmt::format("<{}> is not a field of the format: {}{}", first.name,
                              advice_for_project_field(first.name), count);
      else if (first.parent == Kind::OrderProject)
        message = fmt::format(
            "<{}> is not a field of the format (in an order's <Project>): it is kept and sent to "
            "MiniCRM as the order card's custom field with the API name {}{}",
            first.name, first.name, count);
      else if (first.place == UnknownChild::ExtraInList)
        message = fmt::format("<{}> is not an element of <{}> in the format: {}{}", first.name, tag(first.parent),
                              advice_for_stray(first.parent, first.name),
                              first.count > 1 ? fmt::format(" ({} times in the file)", first.count) : "");
      else
        message = fmt::format("<{}> is not a field of <{}> in the format: {}{}", first.name, tag(first.parent),
                              advice_for_extra(first.parent, first.name), count);
      context.report_as(custom_field ? Severity::Info : Severity::Warning, first.loc, std::move(message),
                        first.project_id, first.order_id, first.product_id, first.name);
    }
  }

 private:
  struct First {
    std::string name;
    Kind parent;
    UnknownChild place;
    Location loc;
    std::string project_id, order_id, product_id;
    std::size_t count = 0;          // records that carry it
    std::uint64_t last_record = 0;  // the last record counted
  };

  // Each distinct name costs one entry; a hostile feed with endless distinct
  // names stops being indexed at this many and is reported where it stands.
  static constexpr std::size_t kMaxNames = 10000;

  static std::string records(Kind parent) {
    if (parent == Kind::Project) return "projects";
    if (parent == Kind::OrderProject) return "orders";
    return fmt::format("<{}> elements", tag(parent));
  }

  void take_keys(const Element& project, ProjectUnknowns& keys, DigestArena& arena) const override {
    RecordIds ids{&project};
    visit(project, ids, keys, arena);
  }

  void resolve_keys(ProjectUnknowns& keys, RuleContext& context) override {
    const std::uint64_t first = record_;
    for (const ProjectUnknowns::Unknown& u : keys.unknowns) {
      record_ = first + u.record;
      seen(u.name, u.loc, u.parent, u.place, {u.project_id, u.order_id, u.product_id}, context);
    }
    record_ = first + keys.records;
  }

  // Every element of the format below `record`, for the unknown elements
  // they hold. What an unknown element holds is part of it, and not visited.
  static void visit(const Element& record, RecordIds ids, ProjectUnknowns& keys, DigestArena& arena) {
    const std::uint64_t number = ++keys.records;
    if (record.kind == Kind::Order) ids.order = &record;
    if (record.kind == Kind::Product) ids.product = &record;
    for (const Element& child : record.children) {
      if (child.kind == Kind::Custom) {
        const UnknownChild place = classify_unknown(record.kind, child.name);
        // A list's stranger and an item outside its list are the reader's `schema` errors.
        if (place == UnknownChild::CustomField || place == UnknownChild::Extra) {
          const TextIds text = text_ids(ids);
          keys.unknowns.push_back({arena.keep(child.name), record.kind, place, child.loc, arena.keep(text.project),
                                   arena.keep(text.order), arena.keep(text.product), number});
        }
      } else if (!child.is_leaf() && child.kind != Kind::Text) {
        visit(child, ids, keys, arena);
      }
    }
  }

  struct TextIds {
    std::string_view project, order, product;
  };
  static TextIds text_ids(const RecordIds& ids) {
    const auto id = [](const Element* e) { return e ? std::string_view(e->id) : std::string_view(); };
    return {id(ids.project), id(ids.order), id(ids.product)};
  }

  void seen(std::string_view name, Location loc, Kind parent, UnknownChild place, const TextIds& ids,
            RuleContext& context) {
    // The index's key, "<parent>:<name>", in a buffer kept from one call to the next: such a
    // name stands in every project, and the calling thread looks it up each time.
    key_.clear();
    fmt::format_to(std::back_inserter(key_), "{}:{}", static_cast<int>(parent), name);
    if (const auto it = index_.find(key_); it != index_.end()) {
      First& first = firsts_[it->second];
      if (first.last_record != record_) ++first.count;  // a record repeating the field counts once
      first.last_record = record_;
      return;
    }
    if (index_.size() >= kMaxNames) {
      context.report_as(place == UnknownChild::CustomField ? Severity::Info : Severity::Warning, loc,
                        fmt::format("<{}> is not a field of <{}> in the format{}", name, tag(parent),
                                    place == UnknownChild::ExtraInList ? "; it is not kept" : "; it is kept"),
                        ids.project, ids.order, ids.product, name);
      return;
    }
    index_.emplace(key_, firsts_.size());
    firsts_.push_back({std::string(name), parent, place, loc, std::string(ids.project), std::string(ids.order),
                       std::string(ids.product), 1, record_});
  }

  std::unordered_map<std::string, std::size_t> index_;
  std::string key_;            // seen()'s, reused
  std::vector<First> firsts_;  // in order of first occurrence
  std::uint64_t record_ = 0;   // numbers the records as they come
};

}  // namespace

void add_unknown_element_rule(RuleList& rules) { rules.push_back({kUnknownElement, make_rule<UnknownElement>}); }

}  // namespace syncfeed
