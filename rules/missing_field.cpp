// Missing-or-blank fields (see missing_field.h).
#include "rules/missing_field.h"

#include <fmt/format.h>

#include <string>

#include "rules/value_parsers.h"

namespace syncfeed {

bool has_value(const Element& parent, Kind field) {
  const Element* e = parent.child(field);
  return e && !is_blank(e->text);
}

namespace {

std::string blank_message(const Element& e, std::string_view why, BlankWording wording) {
  if (wording == BlankWording::EmptyQuoted) return fmt::format("<{}> is empty ({}); {}", e.tag(), quoted(e.text), why);
  return e.text.empty() ? fmt::format("<{}> is empty; {}", e.tag(), why)
                        : fmt::format("<{}> is blank ({}); {}", e.tag(), quoted(e.text), why);
}

}  // namespace

bool report_missing_field(const Element& parent, Kind field, std::string_view why, RuleContext& context, RecordIds ids,
                          BlankWording wording) {
  const Element* e = parent.child(field);
  if (!e) {
    context.report(parent.loc, fmt::format("<{}> has no <{}>; {}", parent.tag(), tag(field), why), ids, tag(field));
    return true;
  }
  if (!is_blank(e->text)) return false;
  context.report(e->loc, blank_message(*e, why, wording), ids, tag(field));
  return true;
}

}  // namespace syncfeed
