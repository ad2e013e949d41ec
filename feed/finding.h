// A finding: one thing wrong with a feed, at one place. The reader makes the
// XML-level ones, the rules the rest; lint fills in the file and severity.
#pragma once

#include <string>
#include <string_view>

#include "feed/model.h"
#include "syncfeed/model.h"

namespace syncfeed {

// Severity, severity_name and Finding are public: include/syncfeed/model.h.
bool parse_severity(std::string_view text, Severity& out);

}  // namespace syncfeed
