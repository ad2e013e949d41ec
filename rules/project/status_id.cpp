// status-id-missing, status-id-unknown: the card's status in the Webshop
// module, sent as a status NAME in the account's language or as a numeric
// status id (docs/format.md §2.4).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "rules/missing_field.h"
#include "rules/project/project_rules.h"
#include "rules/value_checks/text_fold.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

// The Webshop module's status names, as MiniCRM's own WooCommerce plugin
// sends them. Source: rules/vocabularies/minicrm-webshop-statuses.tsv (columns
// language, key, name); tests/rules/project_rules_test.cpp checks that this
// table still matches the file.
struct StatusName {
  std::string_view language;
  std::string_view key;
  std::string_view name;
};
constexpr std::array<StatusName, 15> kWebshopStatuses = {{
    {"EN", "subscriber", "Subscriber"},
    {"EN", "registered", "Registered"},
    {"EN", "new", "New"},
    {"EN", "promising", "Promising"},
    {"EN", "loyal", "Loyal"},
    {"HU", "subscriber", "Feliratkozó"},
    {"HU", "registered", "Regisztrált"},
    {"HU", "new", "Egyszeri vevő"},
    {"HU", "promising", "Többször rendelt"},
    {"HU", "loyal", "Törzsvásárló"},
    {"RO", "subscriber", "Abonat"},
    {"RO", "registered", "Înregistrat"},
    {"RO", "new", "Nou"},
    {"RO", "promising", "Promițător"},
    {"RO", "loyal", "Loial"},
}};

constexpr RuleInfo kMissing{
    .id = "status-id-missing",
    .severity = Severity::Warning,
    .summary = "A Project without a StatusId",
    .description =
        "`StatusId` puts the card in a status of the Webshop module. MiniCRM expects it: a new card "
        "without a status sits outside the module's pipeline. `Registered` (or `Regisztrált`, "
        "`Înregistrat`) is enough: the module's own rules move the card on as orders arrive. An "
        "empty `<StatusId/>` counts as missing.",
    .fix =
        "Send the status the customer is in, e.g. `<StatusId>Registered</StatusId>`. MiniCRM's own "
        "plugin sends Registered for a customer without orders, New after one order and "
        "Promising after two or more.",
    .failing_line = 2,
};

constexpr RuleInfo kUnknown{
    .id = "status-id-unknown",
    .severity = Severity::Info,
    .summary = "A StatusId that is neither a number nor a status name of the Webshop module",
    .description =
        "`StatusId` is a status of the Webshop module, given by its numeric id or by its name in the "
        "account's language. The module's names are:\n\n"
        "| | subscriber | registered | new | promising | loyal |\n"
        "|---|---|---|---|---|---|\n"
        "| EN | Subscriber | Registered | New | Promising | Loyal |\n"
        "| HU | Feliratkozó | Regisztrált | Egyszeri vevő | Többször rendelt | Törzsvásárló |\n"
        "| RO | Abonat | Înregistrat | Nou | Promițător | Loial |\n\n"
        "A name outside this list is only right if the system has such a status (statuses can be "
        "added to the module), hence the info severity. Names are compared exactly, as MiniCRM does "
        "not document that it ignores case or accents: `registered`, `Regisztralt` or `Promiţător` "
        "(with a cedilla instead of the comma below) are reported with the spelling they probably "
        "mean.",
    .fix =
        "Use the module's status name exactly as above, or its numeric id. Add a status your system "
        "has to `extra_statuses` in `syncfeed.toml`.",
    .failing_line = 5,
};

class Missing final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    report_missing_field(project, Kind::StatusId, "MiniCRM expects the card's status (Registered is enough)", context,
                         {&project}, BlankWording::EmptyQuoted);
  }
};

class Unknown final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    const Element* status = project.child(Kind::StatusId);
    if (!status || is_blank(status->text) || is_positive_integer(status->text)) return;
    const std::string& value = status->text;
    const auto& extra = context.settings().extra_statuses;
    const auto is = [&](std::string_view name) { return name == value; };
    if (std::any_of(kWebshopStatuses.begin(), kWebshopStatuses.end(),
                    [&](const StatusName& s) { return is(s.name); }) ||
        std::any_of(extra.begin(), extra.end(), is))
      return;
    context.report(status->loc, message(value, extra), {&project}, "StatusId");
  }

 private:
  static std::string message(const std::string& value, const std::vector<std::string>& extra) {
    // A name that differs only in case, accents, spacing or the key itself.
    const std::string folded = fold_name(value);
    for (const StatusName& s : kWebshopStatuses)
      if (fold_name(s.name) == folded || s.key == folded)
        return fmt::format(
            "StatusId {} is not exactly a status name of the Webshop module; did you mean {} "
            "({}, {})? Names are compared exactly",
            quoted(value), quoted(s.name), s.language, s.key);
    for (const std::string& name : extra)
      if (fold_name(name) == folded)
        return fmt::format(
            "StatusId {} is not exactly a configured status name; did you mean {}? Names are "
            "compared exactly",
            quoted(value), quoted(name));
    return fmt::format(
        "StatusId {} is neither a numeric status id nor a status name of the Webshop module "
        "(Subscriber, Registered, New, Promising, Loyal, or their Hungarian or Romanian names); if "
        "your module has this status, add it to extra_statuses in syncfeed.toml",
        quoted(value));
  }
};

}  // namespace

// For tests: the compiled table, to compare with the data file it cites.
std::vector<std::array<std::string_view, 3>> webshop_status_table() {
  std::vector<std::array<std::string_view, 3>> out;
  for (const StatusName& s : kWebshopStatuses) out.push_back({s.language, s.key, s.name});
  return out;
}

void add_status_id_rules(RuleList& rules) {
  rules.push_back({kMissing, make_rule<Missing>});
  rules.push_back({kUnknown, make_rule<Unknown>});
}

}  // namespace syncfeed
