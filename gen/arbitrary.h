// RapidCheck generators for the feed model, valid by construction, with
// realistic Hungarian and Romanian data: declared in the public
// include/syncfeed/arbitrary.h (feed(), project(), ... defective_feed_xml()),
// defined in gen/arbitrary.cpp. They are the builders of gen/builder.h driven
// by RapidCheck's choices (rc::gen::exec), so a failing case shrinks like any
// RapidCheck value: fewer projects, fewer orders, plainer values.
#pragma once

#include "feed/model.h"
#include "gen/options.h"
#include "syncfeed/arbitrary.h"

namespace syncfeed::gen {
using ::syncfeed::to_xml;  // gen::to_xml, as the parts have always named it
}  // namespace syncfeed::gen
