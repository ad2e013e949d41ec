// project-id-missing, project-id-format, project-id-duplicate: the project's
// Id attribute, MiniCRM's Reference ID of the card (docs/format.md §4).
//
// project-id-duplicate needs the whole feed. It keeps 16 bytes per project
// (the id as a number, where it is a plain positive integer, and where it
// was read); other ids are kept as text. Duplicates are found by sorting at
// the end of the file, and every place is reported: one finding at the first
// occurrence naming the later ones, and one at each later occurrence naming
// the first.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kIdMissing{
    .id = "project-id-missing",
    .severity = Severity::Error,
    .summary = "A Project without an Id",
    .description =
        "`<Project Id=\"...\">` is the card's Reference ID: MiniCRM looks the card up by it to decide "
        "between creating a new card and updating an existing one. A project without an `Id`, or with "
        "an empty or whitespace-only one, cannot be keyed, so MiniCRM skips it and none of its data "
        "(orders included) arrives.",
    .fix =
        "Give every project the shop's own customer id, e.g. `<Project Id=\"14353\">`. Guests (orders "
        "without an account) need an id too: MiniCRM's plugin numbers them from 1000000 up.",
    .failing_line = 2,
};

constexpr RuleInfo kIdFormat{
    .id = "project-id-format",
    .severity = Severity::Warning,
    .summary = "A Project Id that is not a positive integer",
    .description =
        "MiniCRM documents Reference IDs as the shop's ids, and its own plugin always sends positive "
        "integers (with a per-shop offset of shop × 100000000). An id such as `A-14353`, `07`, `-5` or "
        "` 14353` (with a space) is accepted as text at best: `07` and `7` or `14353` and ` 14353` "
        "may become two different cards for one customer, and a later feed that writes the id "
        "differently creates a duplicate card instead of updating.",
    .fix = "Send the shop's numeric customer id, written without spaces, sign or leading zeros.",
    .failing_line = 2,
};

constexpr RuleInfo kIdDuplicate{
    .id = "project-id-duplicate",
    .severity = Severity::Warning,
    .summary = "The same Project Id twice in one feed",
    .description =
        "MiniCRM processes projects in document order: the first project with an Id creates (or "
        "updates) the card, and every later project with the same Id updates that card again with "
        "its own fields. That is rarely meant: usually two customers got the same id (their data "
        "mixes on one card), or a generator emitted a customer twice (the second one's fields "
        "silently win).\n\n"
        "Every place is reported: the first occurrence, with the lines of the later ones, and each "
        "later occurrence, with the line of the first. Ids are compared exactly as written (`07` "
        "and `7` are different ids; project-id-format reports the leading zero).",
    .fix =
        "Give each customer its own id; if one customer really is sent twice, merge the two "
        "projects into one.",
    .failing_line = 2,
    .whole_feed = true,
};

class IdMissing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (!project.has_id)
      context.report(project.loc, "<Project> has no Id attribute; MiniCRM cannot key the card and skips the project",
                     {&project}, "@Id");
    else if (is_blank(project.id))
      context.report(project.loc,
                     fmt::format("<Project> has an empty Id ({}); MiniCRM cannot key the card and skips the project",
                                 quoted(project.id)),
                     {&project}, "@Id");
  }
};

class IdFormat final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    if (!project.has_id || is_blank(project.id)) return;  // project-id-missing
    const std::string problem = positive_integer_problem(project.id);
    if (problem.empty()) return;
    const bool has_advice = problem.find("; write") != std::string::npos;
    context.report(project.loc,
                   fmt::format("Project Id {} {}{}", quoted(project.id), problem,
                               has_advice ? "" : "; expected a positive integer, as MiniCRM's own plugin sends"),
                   {&project}, "@Id");
  }
};

// "line 40", "lines 40 and 77", "lines 40, 77, 90 and 3 more".
std::string lines_list(const std::vector<Location>& places) {
  constexpr std::size_t kShown = 5;
  std::string out = places.size() == 1 ? "line " : "lines ";
  for (std::size_t i = 0; i < places.size() && i < kShown; ++i) {
    if (i > 0) out += (i + 1 == places.size()) ? " and " : ", ";
    out += std::to_string(places[i].line);
  }
  if (places.size() > kShown) out += fmt::format(" and {} more", places.size() - kShown);
  return out;
}

// What project-id-duplicate takes of a project: its non-blank Id and where it stands.
struct ProjectIdKey : RuleDigest {
  explicit ProjectIdKey(DigestArena&) {}
  bool has_id = false;
  std::string_view id;
  Location loc;
};

class IdDuplicate final : public SplitRule<ProjectIdKey> {
 public:
  void take_keys(const Element& project, ProjectIdKey& keys, DigestArena& arena) const override {
    if (!project.has_id || is_blank(project.id)) return;
    keys.has_id = true;
    keys.id = arena.keep(project.id);
    keys.loc = project.loc;
  }

  void resolve_keys(ProjectIdKey& keys, RuleContext&) override {
    if (!keys.has_id) return;
    std::uint64_t number = 0;
    const char* end = keys.id.data() + keys.id.size();
    if (is_positive_integer(keys.id) && std::from_chars(keys.id.data(), end, number).ptr == end)
      numbers_.push_back({number, keys.loc});
    else
      texts_.push_back({std::string(keys.id), keys.loc});
  }

  void finish(RuleContext& context) override {
    report_groups(
        numbers_, [](std::uint64_t n) { return std::to_string(n); }, context);
    report_groups(
        texts_, [](const std::string& s) { return s; }, context);
  }

 private:
  template <typename Key>
  struct Seen {
    Key key;
    Location loc;
  };

  template <typename Key, typename Text>
  static void report_groups(std::vector<Seen<Key>>& seen, Text text, RuleContext& context) {
    // Stable: the places of one id stay in document order.
    std::stable_sort(seen.begin(), seen.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    for (std::size_t begin = 0; begin < seen.size();) {
      std::size_t end = begin + 1;
      while (end < seen.size() && seen[end].key == seen[begin].key) ++end;
      if (end - begin > 1) report_group(text(seen[begin].key), seen, begin, end, context);
      begin = end;
    }
  }

  template <typename Key>
  static void report_group(const std::string& id, const std::vector<Seen<Key>>& seen, std::size_t begin,
                           std::size_t end, RuleContext& context) {
    std::vector<Location> later;
    for (std::size_t i = begin + 1; i < end; ++i) later.push_back(seen[i].loc);
    const Location first = seen[begin].loc;
    context.report(first,
                   fmt::format("Project Id {} is given again at {}; the later projects update the card this one "
                               "creates",
                               quoted(id), lines_list(later)),
                   id, {}, {}, "@Id");
    for (const Location& at : later)
      context.report(at,
                     fmt::format("Project Id {} was already given at line {}; this project updates the card "
                                 "created there",
                                 quoted(id), first.line),
                     id, {}, {}, "@Id");
  }

  std::vector<Seen<std::uint64_t>> numbers_;  // plain positive integers: 16 bytes a project
  std::vector<Seen<std::string>> texts_;      // every other id, as written
};

}  // namespace

void add_project_id_rules(RuleList& rules) {
  rules.push_back({kIdMissing, make_rule<IdMissing>});
  rules.push_back({kIdFormat, make_rule<IdFormat>});
  rules.push_back({kIdDuplicate, make_rule<IdDuplicate>});
}

}  // namespace syncfeed
