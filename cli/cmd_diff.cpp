// syncfeed diff: what a new revision of a feed changes, record by record.
#include <fmt/format.h>

#include <algorithm>

#include "cli/brief_findings.h"
#include "cli/color_option.h"
#include "cli/command_line.h"
#include "cli/download_options.h"
#include "cli/output_formats.h"
#include "cli/progress_option.h"
#include "diff/compare.h"
#include "diff/diff_report.h"
#include "diff/revisions.h"

namespace syncfeed::cli {
namespace {

void note_keyless(const diff::Revisions& revisions) {
  auto note = [](const std::string& name, std::uint64_t n) {
    if (n > 0)
      fmt::print(stderr, "syncfeed diff: {}: {} project{} without an Id not compared (MiniCRM skips them)\n", name, n,
                 n == 1 ? "" : "s");
  };
  note(revisions.old_name(), revisions.keyless_old());
  note(revisions.new_name(), revisions.keyless_new());
}

}  // namespace

int run_diff(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed diff OLD NEW [--format text|json] [--ignore FIELD[,FIELD...]]...";
  line.description =
      "Compares two revisions of a feed by their data: projects matched by Project Id, orders by\n"
      "Order Id, products by Product Id, contacts by Id, else e-mail, else position, custom\n"
      "fields by name. The order of records and fields, indentation, comments and alias spellings\n"
      "(flat Email, WebshopDisabled) are not differences. Each difference is one line (one JSON\n"
      "entry): add, remove or change, with a path naming the records by their ids. A project with\n"
      "an Id sent twice is compared as the merge of its occurrences. Either file may be - (stdin),\n"
      "and either may be an http(s):// or ftp(s):// URL (downloaded to a temporary file first).\n"
      "Exit: 0 the same, 1 different, 2 usage or I/O error or a feed that is not well-formed.";
  std::string old_path, new_path, format = "text";
  std::vector<std::string> ignored;
  // clang-format off
  line.options.add_options()
      ("ignore", po::value(&ignored),
       "FIELD[,FIELD...]: leave these out: a tag (Subject), a chain of tags (Customer/Name) or a custom "
       "field's name; repeatable");
  // clang-format on
  add_format_option(line, "diff", &format, "format,f");
  add_color_option(line);
  add_progress_option(line);
  net::DownloadOptions download;
  add_download_options(line, download);
  line.add_positional("old", po::value(&old_path), 1);
  line.add_positional("new", po::value(&new_path), 1);
  if (auto done = parse_command_line(line, args)) return *done;
  if (old_path.empty() || new_path.empty())
    return usage_error("diff: name two feeds, OLD and NEW (see: syncfeed diff --help)");
  if (old_path == "-" && new_path == "-") return usage_error("diff: only one of OLD and NEW can be standard input");

  std::vector<std::string> patterns;
  for (const std::string& list : ignored)
    for (std::size_t start = 0; start <= list.size();) {
      const std::size_t comma = std::min(list.find(',', start), list.size());
      if (comma > start) patterns.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  for (const std::string& pattern : patterns)
    if (const std::optional<std::string> why = diff::misspelt_field(pattern))
      return usage_error(fmt::format("diff: --ignore {}: {}", pattern, *why));
  const diff::IgnoreList ignore(patterns);
  // The bar shows the indexing of both feeds, the long part; it is gone before the first difference is printed.
  std::unique_ptr<ProgressBar> progress = make_progress(line, {old_path, new_path}, false);
  diff::Revisions revisions(old_path, new_path, ignore, progress->counter(), download);
  progress.reset();
  if (!revisions.ok()) {
    print_findings_brief(revisions.findings());
    return usage_error(revisions.error().empty() ? "diff: a feed that is not well-formed cannot be compared"
                                                 : revisions.error());
  }
  note_keyless(revisions);

  FileOutput out(stdout);
  auto report = format == "json" ? diff::make_json_report(out) : diff::make_text_report(out, color_wanted(line));
  revisions.for_each_candidate([&](const Element* old_project, const Element* new_project) {
    if (!old_project) return report->project({diff::project_added(*new_project)}, diff::Op::Add);
    if (!new_project) return report->project({diff::project_removed(*old_project)}, diff::Op::Remove);
    report->project(diff::compare_projects(*old_project, *new_project, ignore), diff::Op::Change);
  });
  report->unchanged(revisions.counts().same);
  report->finish();
  std::fflush(stdout);
  if (out.failed()) return usage_error("cannot write to standard output");
  return report->summary().same() ? kExitClean : kExitFindings;
}

}  // namespace syncfeed::cli
