// syncfeed's public C++ API: the feed model.
//
// A feed is a list of Projects; each record is an Element tree whose children
// are in canonical order (docs/format.md §5). Values are the exact strings
// read. Equality (==) compares data, not source locations.
#pragma once

#include "feed/finding.h"  // Finding, Severity: one thing wrong with a feed, at one place
#include "feed/model.h"    // Element, Attribute, Location, first_difference
#include "feed/schema.h"   // Kind: every element of the format
