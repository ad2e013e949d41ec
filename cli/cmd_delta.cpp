// syncfeed delta: the smallest partial feed that takes MiniCRM from OLD's data to NEW's.
#include <fmt/format.h>

#include <memory>

#include "cli/brief_findings.h"
#include "cli/command_line.h"
#include "cli/download_options.h"
#include "cli/progress_option.h"
#include "diff/delta.h"
#include "diff/revisions.h"
#include "feed/output.h"
#include "feed/writer.h"

namespace syncfeed::cli {

int run_delta(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed delta OLD NEW [-o OUT]";
  line.description =
      "Writes the smallest partial feed that takes MiniCRM from OLD's data to NEW's: the projects\n"
      "NEW adds, whole; for a changed project its Id, its required fields, what changed, and the\n"
      "changed or new orders and contacts whole. Unchanged projects are left out. What a feed\n"
      "cannot express (a project, order or field that NEW no longer has: MiniCRM has no delete)\n"
      "is reported on stderr as a warning. Canonical form (see: syncfeed fmt). See docs/diff.md.\n"
      "OLD and NEW may be files, - or http(s):// or ftp(s):// URLs (downloaded to a temporary file first).\n"
      "Exit: 0 written, 2 usage or I/O error or a feed that is not well-formed.";
  std::string old_path, new_path, output;
  // clang-format off
  line.options.add_options()
      ("output,o", po::value(&output), "write to OUT (atomically) instead of standard output");
  // clang-format on
  add_progress_option(line);
  net::DownloadOptions download;
  add_download_options(line, download);
  line.add_positional("old", po::value(&old_path), 1);
  line.add_positional("new", po::value(&new_path), 1);
  if (auto done = parse_command_line(line, args)) return *done;
  if (old_path.empty() || new_path.empty())
    return usage_error("delta: name two feeds, OLD and NEW (see: syncfeed delta --help)");
  if (old_path == "-" && new_path == "-") return usage_error("delta: only one of OLD and NEW can be standard input");

  std::unique_ptr<ProgressBar> progress = make_progress(line, {old_path, new_path}, false);
  diff::Revisions revisions(old_path, new_path, {}, progress->counter(), download);
  progress.reset();
  if (!revisions.ok()) {
    print_findings_brief(revisions.findings());
    return usage_error(revisions.error().empty() ? "delta: a feed that is not well-formed gives no delta"
                                                 : revisions.error());
  }

  std::unique_ptr<AtomicFile> file;
  std::unique_ptr<FileOutput> console;
  if (!output.empty()) {
    file = std::make_unique<AtomicFile>(output);
    if (!file->ok()) return usage_error(file->error());
  } else {
    console = std::make_unique<FileOutput>(stdout);
  }
  Output& out = file ? static_cast<Output&>(*file) : *console;

  std::vector<std::string> warnings;
  diff::DeltaCounts counts;
  {
    CanonicalWriter writer(out);
    counts = diff::write_delta(revisions, writer, warnings);
  }
  for (const std::string& w : warnings) fmt::print(stderr, "syncfeed delta: warning: {}\n", w);
  if (revisions.keyless_new() > 0)
    fmt::print(stderr, "syncfeed delta: warning: {}: {} project(s) without an Id left out (MiniCRM skips them)\n",
               revisions.new_name(), revisions.keyless_new());
  if (file && !file->commit()) return usage_error(file->error());
  if (console) {
    std::fflush(stdout);
    if (console->failed()) return usage_error("cannot write to standard output");
  }
  fmt::print(stderr, "syncfeed delta: {} new and {} changed project(s) written, {} unchanged left out, {} warning(s)\n",
             counts.added, counts.changed, counts.unchanged, warnings.size());
  return kExitClean;
}

}  // namespace syncfeed::cli
