// The "missing or empty" check of the catalogue, shared by the rules that require
// a field (order-field-missing, customer-missing, product-field-missing,
// business-name-missing...): a field counts as missing when it is absent or
// its value is blank (empty or whitespace only, rules/value_parsers.h is_blank).
#pragma once

#include <string_view>

#include "feed/model.h"
#include "rules/rule.h"

namespace syncfeed {

// True when `parent` has `field` with a value that is not blank.
bool has_value(const Element& parent, Kind field);

// How a blank value is worded. Most rules tell an empty value from one of
// spaces: `<City> is empty; ...`, `<City> is blank ("  "); ...`. The Project
// card's rules (project-name-missing, category-id-missing, status-id-missing,
// user-id-missing) have always quoted the value in both cases, `<Name> is
// empty (""); ...`, and their findings are kept as users know them.
enum class BlankWording { EmptyOrBlank, EmptyQuoted };

// Reports `field` of `parent` when it is missing or blank: at the parent when
// it is absent ("<Customer> has no <City>; ..."), at the field when it is
// blank ("<City> is empty; ..."). `why` says what MiniCRM needs it for and
// ends the message. Returns true when it reported.
bool report_missing_field(const Element& parent, Kind field, std::string_view why, RuleContext& context, RecordIds ids,
                          BlankWording wording = BlankWording::EmptyOrBlank);

}  // namespace syncfeed
