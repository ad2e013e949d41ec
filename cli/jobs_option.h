// --jobs N of the commands that read one large feed in parts at once
// (feed/reader.h, ReadOptions::jobs; docs/parallel.md).
#pragma once

#include "cli/command_line.h"

namespace syncfeed::cli {

// More threads than this are never useful for one feed.
inline constexpr unsigned kMaxJobs = 1024;

// Adds --jobs/-j: the threads that read one file. The default (0, set by the
// caller) is one per core; files below kMinPartedBytes are read in one piece
// whatever it is (feed/reader.h; docs/parallel.md says where parts pay).
inline void add_jobs_option(CommandLine& line, unsigned* jobs) {
  line.options.add_options()(
      "jobs,j", number_value(jobs, 1u, kMaxJobs),
      "read a FILE of 16 MiB or more in parts on N threads (default: one per core; 1: in one piece); "
      "the output is the same");
}

}  // namespace syncfeed::cli
