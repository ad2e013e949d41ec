// date-format, date-implausible: the feed's date fields, wherever they are:
// Webshop_RegistrationDate and Webshop_LostBasketDate of a project, and the
// Performance date of each order.
//
// An empty date is left alone here: the plugin leaves unknown values empty,
// and a missing Performance is order-field-missing's.
#include <fmt/format.h>

#include "rules/project/project_rules.h"
#include "rules/value_parsers.h"

namespace syncfeed {
namespace {

constexpr RuleInfo kDateFormat{
    .id = "date-format",
    .severity = Severity::Error,
    .summary = "A date that is not YYYY-MM-DD[ HH:MM:SS] or not a real date",
    .description =
        "MiniCRM reads dates as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (local time, no time zone). "
        "The checked fields are `Webshop_RegistrationDate`, `Webshop_LostBasketDate` and each "
        "order's `Performance`. A date in another form (`2024.03.05.`, `05.03.2024`, "
        "`2024-03-05T14:30:00Z`, `2024-03-05 14:30`) or one that is not in the calendar "
        "(`2023-02-29`, `2024-04-31`, `2024-01-01 24:00:00`) is refused or misread: the registration "
        "date or the order's date goes missing, or lands on the wrong day (day and month swapped).\n\n"
        "The message says what to write instead when it can tell. An empty value is not checked "
        "here (a missing `Performance` is order-field-missing).",
    .fix =
        "Format dates as `YYYY-MM-DD HH:MM:SS` in the shop's local time, e.g. with PHP "
        "`date('Y-m-d H:i:s')`.",
    .failing_line = 5,
};

constexpr RuleInfo kDateImplausible{
    .id = "date-implausible",
    .severity = Severity::Warning,
    .summary = "A date before 1990 or more than a year in the future",
    .description =
        "A well-formed date that no webshop record can have: before 1990-01-01 (placeholders such "
        "as `1900-01-01` or `1970-01-01`, the Unix epoch of a zero timestamp) or more than one year "
        "after today (a year typed wrong, a timestamp in milliseconds). MiniCRM stores it, and "
        "reports, automations and the Webshop module's status rules then work with a wrong date.\n\n"
        "\"Today\" is the local date, unless `SYNCFEED_TODAY=YYYY-MM-DD` is set in the environment "
        "(for reproducible runs). Same fields as date-format; dates that are not well-formed are "
        "date-format's.",
    .fix = "Send the real date, or leave the field out when it is unknown.",
    .failing_line = 5,
    .whole_feed = true,
};

// Calls visit(field, ids) for every non-empty date field of the project.
template <typename Visit>
void for_each_date(const Element& project, Visit visit) {
  for (const Kind kind : {Kind::RegistrationDate, Kind::LostBasketDate})
    if (const Element* field = project.child(kind); field && !is_blank(field->text)) visit(*field, RecordIds{&project});
  for (const Element* order : project.items(Kind::Orders))
    if (const Element* field = order->child(Kind::Performance); field && !is_blank(field->text))
      visit(*field, RecordIds{&project, order});
}

class DateFormat final : public Rule {
 public:
  void check(const Element& project, RuleContext& context) override {
    for_each_date(project, [&](const Element& field, RecordIds ids) {
      const std::string problem = date_problem(field.text);
      if (problem.empty()) return;
      context.report(field.loc,
                     fmt::format("{} {} is not a valid date: it {}", field.tag(), quoted(field.text), problem), ids,
                     field.tag());
    });
  }
};

constexpr Date kEarliest{1990, 1, 1};

// What date-implausible takes of a project: its well-formed dates.
struct ProjectDates : RuleDigest {
  struct Field {
    Date date;
    std::string_view tag;  // static
    std::string_view text;
    Location loc;
    std::string_view project_id, order_id;
  };
  explicit ProjectDates(DigestArena& arena) : fields(arena.resource()) {}
  DigestList<Field> fields;
};

class DateImplausible final : public SplitRule<ProjectDates> {
 protected:
  void take_keys(const Element& project, ProjectDates& keys, DigestArena& arena) const override {
    const std::string_view project_id = arena.keep(project.id);
    keys.fields.reserve(2 + project.items(Kind::Orders).size());  // for_each_date's fields at most
    for_each_date(project, [&](const Element& field, RecordIds ids) {
      const auto parsed = parse_date_time(field.text);
      if (!parsed) return;  // date-format
      keys.fields.push_back({parsed->date, field.tag(), arena.keep(field.text), field.loc, project_id,
                             ids.order ? arena.keep(ids.order->id) : std::string_view()});
    });
  }

  void resolve_keys(ProjectDates& keys, RuleContext& context) override {
    if (!latest_) latest_ = add_years(rules_today(context.settings()), 1);
    for (const ProjectDates::Field& field : keys.fields) {
      if (field.date < kEarliest)
        context.report(field.loc,
                       fmt::format("{} {} is before {}: not a plausible date for a webshop record (a "
                                   "placeholder or a zero timestamp?)",
                                   field.tag, quoted(field.text), format_date(kEarliest)),
                       field.project_id, field.order_id, {}, field.tag);
      else if (field.date > *latest_)
        context.report(field.loc,
                       fmt::format("{} {} is more than a year after today (later than {})", field.tag,
                                   quoted(field.text), format_date(*latest_)),
                       field.project_id, field.order_id, {}, field.tag);
    }
  }

 private:
  std::optional<Date> latest_;  // today + 1 year, fixed for the whole file
};

}  // namespace

void add_date_rules(RuleList& rules) {
  rules.push_back({kDateFormat, make_rule<DateFormat>});
  rules.push_back({kDateImplausible, make_rule<DateImplausible>});
}

}  // namespace syncfeed
