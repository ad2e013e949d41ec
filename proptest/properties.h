// The properties `syncfeed fuzz` checks on every run, in this order; a run
// fails with the first that does not hold (docs/fuzz.md, "Properties"):
//   exits-0               the command exits 0 within --timeout, its output bounded
//   well-formed-utf8-xml  its output is well-formed XML in UTF-8
//   lint-clean            lint finds nothing at or above --fail-on (but what it finds in the input too)
//   same-data             the feed holds exactly the input's data (proptest/same_data.h)
//   plan-equivalent       (--partial) applied after the input, the feed changes nothing in MiniCRM
//   deterministic         the same input, run again, gives the same bytes
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "proptest/child_process.h"
#include "proptest/same_data.h"
#include "proptest/shop_data.h"

namespace syncfeed::proptest {

enum class Property { ExitsZero, WellFormedUtf8Xml, LintClean, SameData, PlanEquivalent, Deterministic };

std::string_view property_name(Property property);

struct CheckOptions {
  std::vector<std::string> command;  // argv: the generator under test
  RunLimits limits;
  Severity fail_on = Severity::Error;
  SameDataOptions same_data;  // --ignore, --partial
  bool partial = false;       // also check plan-equivalent
};

struct Failure {
  Property property;
  std::string detail;  // what is wrong, for a reader: the exit, the finding, the differences, with output lines
};

struct Verdict {
  bool cannot_run = false;  // the command could not be started at all (exit 2)
  std::string error;        // why it could not
  std::optional<Failure> failure;
  double seconds = 0;  // the command's own time
};

// Runs the command on `data` and checks the properties in order, up to
// `last` (shrinking a failure of lint-clean needs no second run for
// deterministic).
Verdict check(const ShopData& data, const CheckOptions& options, Property last = Property::Deterministic);

// Why the input itself is not a valid feed (lint finds an error or a
// warning in its canonical XML), or nothing. The shrinker keeps only valid
// inputs: a generator is not to blame for a feed without a Name when its
// data had none. (Generated data has at most infos.)
std::optional<std::string> input_problem(const ShopData& data);

}  // namespace syncfeed::proptest
