// syncfeed roundtrip: prove that nothing is lost between feed, model and canonical feed.
#include <fmt/format.h>

#include "cli/brief_findings.h"
#include "cli/command_line.h"
#include "cli/download_options.h"
#include "cli/jobs_option.h"
#include "net/url.h"
#include "roundtrip/roundtrip.h"

namespace syncfeed::cli {
namespace {

int check_one(const std::string& path, const ReadOptions& options) {
  const std::string shown = path == "-" ? "<stdin>" : net::masked_url(path);
  RoundtripResult r = roundtrip_file(path, options);
  if (!r.opened) {
    fmt::print(stderr, "syncfeed: {}\n", r.io_error);
    return kExitError;
  }
  for (const DroppedItem& d : r.dropped)
    fmt::print("{}:{}:{}: note: not kept by the canonical form: {}\n", shown, d.loc.line, d.loc.column, d.what);
  if (r.dropped_count > r.dropped.size())
    fmt::print("{}: note: and {} more not kept by the canonical form\n", shown, r.dropped_count - r.dropped.size());
  if (!r.fatal.empty()) {
    print_findings_brief(r.fatal);
    fmt::print("{}: FAILED: the feed could not be read to the end\n", shown);
    return kExitFindings;
  }
  if (r.data_lost || r.not_idempotent) {
    fmt::print("{}:{}:{}: FAILED: project {} {}\n  at {}\n  feed:      {}\n  canonical: {}\n", shown,
               r.project_loc.line, r.project_loc.column, r.project_id,
               r.data_lost ? "reads back with different data" : "is not written the same way twice", r.difference.path,
               r.difference.left, r.difference.right);
    return kExitFindings;
  }
  fmt::print("{}: ok: {} {}\n", shown, r.projects, r.projects == 1 ? "project round-trips" : "projects round-trip");
  return kExitClean;
}

}  // namespace

int run_roundtrip(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed roundtrip FILE|URL...";
  line.description =
      "Reads each feed, writes its canonical form, reads that back and writes it again: the two\n"
      "models must hold the same data and the two canonical texts must be the same bytes.\n"
      "Lists, as notes, what the canonical form does not keep (comments, processing instructions,\n"
      "DOCTYPE, text or attributes the format has no place for). A FILE may be - or an http(s)://\n"
      "or ftp(s):// URL (downloaded as it is read).\n"
      "Each FILE of 16 MiB or more is read in parts on one thread per core (--jobs N: N threads),\n"
      "cut after a <Project>; standard input, URLs, smaller files, and feeds the cut is not sure of\n"
      "(a DOCTYPE, not UTF-8) are read in one piece. The output is the same (docs/parallel.md).\n"
      "Exit: 0 every feed round-trips, 1 one does not (the first difference is shown), 2 usage or I/O error.";
  std::vector<std::string> files;
  ReadOptions options;
  options.jobs = 0;  // one per core
  add_download_options(line, options.download);
  add_jobs_option(line, &options.jobs);
  line.add_positional("files", po::value(&files), -1);
  if (auto done = parse_command_line(line, args)) return *done;
  if (files.empty()) return usage_error("roundtrip: name at least one FILE (see: syncfeed roundtrip --help)");
  int worst = kExitClean;
  for (const std::string& f : files) worst = std::max(worst, check_one(f, options));
  return worst;
}

}  // namespace syncfeed::cli
