// Thrown out of the parser by an input that broke off (a download that
// failed, a growing file whose writer failed): read_feed turns it into an
// I/O error (ReadSummary::opened false), never a half-read feed taken for a
// whole one.
#pragma once

#include <string>

namespace syncfeed {

struct InputFailed {
  std::string message;  // one line, any password masked
};

}  // namespace syncfeed
