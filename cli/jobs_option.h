// --jobs N of the commands that read one large feed in parts at once
// (feed/reader.h, ReadOptions::jobs; docs/parallel.md).
#pragma once

#include "cli/command_line.h"

namespace syncfeed::cli {

// More threads than this are never useful for one feed.
inline constexpr unsigned kMaxJobs = 1024;

// Adds --jobs/-j: the threads that read one file. The default is 1 (in one piece): on the 2-core
// machines we measured, parts were slower than one piece for a 150 MB feed (docs/parallel.md).
inline void add_jobs_option(CommandLine& line, unsigned* jobs) {
  line.options.add_options()(
      "jobs,j", number_value(jobs, 1u, kMaxJobs),
      "read a large FILE in parts on N threads (default 1: in one piece); the output is the same");
}

}  // namespace syncfeed::cli
