// Missing-or-blank fields (see missing_field.h).
#include "rules/missing_field.h"

#include <fmt/format.h>

#include "rules/values.h"

namespace syncfeed {

bool has_value(const Element& parent, Kind field) {
  const Element* e = parent.child(field);
  return e && !is_blank(e->text);
}

bool report_missing_field(const Element& parent, Kind field, std::string_view why, RuleContext& context,
                          RecordIds ids) {
  const Element* e = parent.child(field);
  if (!e) {
    context.report(parent.loc, fmt::format("<{}> has no <{}>; {}", parent.tag(), tag(field), why), ids, tag(field));
    return true;
  }
  if (!is_blank(e->text)) return false;
  const std::string message = e->text.empty()
                                  ? fmt::format("<{}> is empty; {}", tag(field), why)
                                  : fmt::format("<{}> is blank ({}); {}", tag(field), quoted(e->text), why);
  context.report(e->loc, message, ids, tag(field));
  return true;
}

}  // namespace syncfeed
