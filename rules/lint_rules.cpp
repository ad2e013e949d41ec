// The rules that lint itself reports, beyond the feed's: for now the unused
// inline suppression (rules/suppressions.h).
#include "rules/families.h"
#include "rules/suppressions.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kUnused{
    .id = kUnusedSuppression,
    .severity = Severity::Info,
    .summary = "An inline suppression comment suppresses nothing",
    .description =
        "A `<!-- syncfeed-disable RULE -->` comment turns RULE off for the next element and all "
        "inside it; `<!-- syncfeed-disable-file RULE -->` turns it off for the whole file. When the "
        "covered part has no finding of RULE (the data was fixed, or the comment stands in the wrong "
        "place), the comment hides nothing today but would hide a new problem tomorrow. A comment "
        "that names something that is not a rule id, or names no rule, is reported too.\n\n"
        "Rules that are turned off (by `--select`, `--ignore` or the configuration) are not "
        "reported: with the rule off, lint cannot tell whether the comment is still needed.",
    .fix = "Remove the comment, or the rule ids in it that no longer suppress anything, or move it "
           "right before the element it is meant for.",
    .failing_line = 2,
    .reader = true,
};

}  // namespace

void add_lint_rules(RuleList& rules) { rules.push_back({kUnused, nullptr}); }

}  // namespace syncfeed
