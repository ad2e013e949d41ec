// category-id-missing, category-id-format, category-id-mixed: the id of the
// Webshop module the cards belong to (docs/format.md §2 and §3).
//
// category-id-mixed compares each project with the first project of the file
// that has a well-formed CategoryId (or with the configured category_id): it
// keeps that one value, nothing per project.
#include <fmt/format.h>

#include <regex>

#include "rules/missing_field.h"
#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kMissing{
    .id = "category-id-missing",
    .severity = Severity::Error,
    .summary = "A Project without a CategoryId",
    .description =
        "`CategoryId` is the id of the MiniCRM module the card belongs to: the Webshop module, whose "
        "id is the number after `#!Project-` in its address in MiniCRM. It is required: without it "
        "MiniCRM does not know where to put the card.",
    .fix =
        "Open the Webshop module in MiniCRM, take the number after `#!Project-` in the browser's "
        "address bar, and send it in every project: `<CategoryId>12</CategoryId>`.",
    .failing_line = 4,
};

constexpr RuleInfo kFormat{
    .id = "category-id-format",
    .severity = Severity::Error,
    .summary = "A CategoryId that is not a positive integer",
    .description =
        "MiniCRM module ids are positive integers (the number after `#!Project-` in the module's "
        "address). A name (`Webshop`), the whole address fragment (`#!Project-12`), a number with "
        "spaces or leading zeros does not name a module.",
    .fix = "Send only the module's number: `<CategoryId>12</CategoryId>`.",
    .failing_line = 4,
};

constexpr RuleInfo kMixed{
    .id = "category-id-mixed",
    .severity = Severity::Error,
    .summary = "Projects of one feed carry different CategoryIds",
    .description =
        "One MiniCRM system holds one Webshop module, so every project of a feed belongs to the same "
        "module and carries the same `CategoryId`. A project with another id lands in another module "
        "(a sales pipeline, a support desk...) where the Webshop fields mean nothing, or is refused.\n\n"
        "Each project is compared with the first project of the file that has a well-formed "
        "`CategoryId`, or, when the configuration sets `category_id`, with that id. Ids that are "
        "missing or not positive integers are left to category-id-missing and category-id-format.",
    .fix =
        "Send the Webshop module's id in every project. Set `category_id` in `syncfeed.toml` to "
        "check every feed against the id of your system's module.",
    .failing_line = 8,
    .whole_feed = true,
};

class Missing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    report_missing_field(project, Kind::CategoryId, "MiniCRM requires the Webshop module's id to place the card",
                         context, {&project}, BlankWording::EmptyQuoted);
  }
};

class Format final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    const Element* id = project.child(Kind::CategoryId);
    if (!id || is_blank(id->text) || is_positive_integer(id->text)) return;
    context.report(id->loc, fmt::format("CategoryId {} {}", quoted(id->text), advice(id->text)), {&project},
                   "CategoryId");
  }

 private:
  static std::string advice(const std::string& value) {
    // The module's address, or a piece of it, pasted whole.
    static const std::regex address(R"(.*Project-([0-9]+).*)");
    std::smatch m;
    // Bounded: std::regex recurses per character (an address is short anyway).
    if (value.size() <= 256 && std::regex_match(value, m, address))
      return fmt::format("is a piece of the module's address; write only its number, {}", m[1].str());
    const std::string problem = positive_integer_problem(value);
    if (problem.find("; write") != std::string::npos) return problem;
    return problem +
           "; expected the Webshop module's id, a positive integer (the number after #!Project- in its "
           "address)";
  }
};

// What category-id-mixed takes of a project: its well-formed CategoryId, if any.
struct ProjectCategory : RuleDigest {
  explicit ProjectCategory(DigestArena&) {}
  bool has_id = false;
  std::string_view value;
  Location loc;
  std::string_view project_id;
};

class Mixed final : public SplitRule<ProjectCategory> {
 protected:
  void take_keys(const Element& project, ProjectCategory& keys, DigestArena& arena) const override {
    const Element* id = project.child(Kind::CategoryId);
    if (!id || !is_positive_integer(id->text)) return;  // category-id-missing, -format
    keys.has_id = true;
    keys.value = arena.keep(id->text);
    keys.loc = id->loc;
    keys.project_id = arena.keep(project.id);
  }

  void resolve_keys(ProjectCategory& keys, RuleContext& context) override {
    if (!keys.has_id) return;
    if (const auto& configured = context.settings().category_id) {
      if (keys.value != *configured)
        context.report(keys.loc,
                       fmt::format("CategoryId {} is not the configured Webshop module id {} (category_id in "
                                   "the configuration)",
                                   quoted(keys.value), quoted(*configured)),
                       keys.project_id, {}, {}, "CategoryId");
      return;
    }
    if (!first_) {
      first_ = First{std::string(keys.value), keys.loc.line, std::string(keys.project_id)};
      return;
    }
    if (keys.value != first_->value)
      context.report(keys.loc,
                     fmt::format("CategoryId {} differs from {} of the first project (Id {}, line {}); one MiniCRM "
                                 "system has one Webshop module, so every project carries the same id",
                                 quoted(keys.value), quoted(first_->value), quoted(first_->project_id), first_->line),
                     keys.project_id, {}, {}, "CategoryId");
  }

 private:
  struct First {
    std::string value;
    std::uint32_t line;
    std::string project_id;
  };
  std::optional<First> first_;
};

}  // namespace

void add_category_id_rules(RuleList& rules) {
  rules.push_back({kMissing, make_rule<Missing>});
  rules.push_back({kFormat, make_rule<Format>});
  rules.push_back({kMixed, make_rule<Mixed>});
}

}  // namespace syncfeed
