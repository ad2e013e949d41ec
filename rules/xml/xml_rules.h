// The XML family: the rules the reader detects (feed/reader/ reports them
// by these ids while it parses), registered like the others so that lint,
// explain and docs/rules/ know them.
#pragma once

#include "rules/rule.h"

namespace syncfeed {

// xml-not-well-formed, xml-encoding, xml-dtd, schema, input-limit.
void add_xml_rules(RuleList& rules);

}  // namespace syncfeed
