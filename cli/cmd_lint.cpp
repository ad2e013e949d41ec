// syncfeed lint: check feeds against the rule catalogue (docs/lint.md).
#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <limits>
#include <optional>

#include "cli/color_option.h"
#include "cli/command_line.h"
#include "cli/download_options.h"
#include "cli/jobs_option.h"
#include "cli/output_formats.h"
#include "cli/progress_option.h"
#include "feed/output.h"
#include "lint/baseline.h"
#include "lint/config.h"
#include "lint/inputs.h"
#include "lint/lint_files.h"
#include "lint/policy.h"
#include "lint/report.h"

namespace syncfeed::cli {
namespace {

using namespace syncfeed::lint;

struct LintArgs {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::vector<std::string> outputs;  // FORMAT=PATH
  std::string fail_on = "error";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string config;
  std::string baseline;
  std::string write_baseline;
  std::size_t max_findings_per_rule = 1000;
  std::uint64_t max_warnings = 0;  // counts only with --max-warnings
  unsigned jobs = 0;
  std::uint32_t max_depth = ReadOptions{}.max_depth;
  std::uint64_t max_text = ReadOptions{}.max_text;
  net::DownloadOptions download;
};

// The upper bounds of the numeric options (docs/lint.md, docs/security.md):
// more threads than files are never started, and a limit beyond these is no
// limit at all for a feed.
constexpr std::uint32_t kMaxDepth = 65536;
constexpr std::uint64_t kMaxText = std::uint64_t{1} << 30;  // 1 GiB

struct ExtraOutput {
  Format format;
  std::string path;
};

// The configuration: --config, else the nearest syncfeed.toml, else defaults.
std::optional<Config> load_config(const LintArgs& a, bool no_config) {
  std::filesystem::path path = a.config;
  if (path.empty() && !no_config) path = find_config(std::filesystem::current_path());
  if (path.empty()) return Config{};
  ConfigError error;
  auto config = read_config(path, error);
  if (!config) usage_error(error.message);
  return config;
}

void list_stale(const std::string& baseline, const std::vector<BaselineEntry>& stale) {
  fmt::print(stderr, "{}: {} baseline entr{} matched no finding (prune with --write-baseline):\n", baseline,
             stale.size(), stale.size() == 1 ? "y" : "ies");
  for (const BaselineEntry& e : stale)
    fmt::print(stderr, "  {} [{}] project={} order={} product={} field={}{}\n", e.file, e.rule, e.project_id,
               e.order_id, e.product_id, e.field, e.count > 1 ? fmt::format(" (x{})", e.count) : "");
}

bool write_file(const std::string& path, const std::string& what, const std::function<void(Output&)>& render) {
  AtomicFile file(path);
  if (file.ok()) render(file);
  if (!file.ok() || !file.commit()) {
    usage_error(fmt::format("cannot write {} {}: {}", what, path, file.error()));
    return false;
  }
  return true;
}

}  // namespace

int run_lint(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed lint [options] FILE|FOLDER|URL|- ...";
  line.description =
      "Checks feeds against the rule catalogue (syncfeed rules; syncfeed explain RULE).\n"
      "Folders are searched for *.xml; - reads standard input; an http(s):// or ftp(s):// URL is\n"
      "downloaded as it is read. Configuration: --config, else the nearest syncfeed.toml from the\n"
      "current folder up. Details: docs/lint.md.\n"
      "One FILE of 16 MiB or more is read in parts on one thread per core (--jobs N: N threads),\n"
      "cut after a <Project>; standard input, URLs, smaller files, --xsd and feeds the cut is not\n"
      "sure of (a DOCTYPE, not UTF-8) are read in one piece. The output is the same (docs/parallel.md).\n"
      "Exit: 0 nothing at or above --fail-on, 1 something is (or --max-warnings is exceeded, or a\n"
      "stale baseline entry with --strict-baseline), 2 usage error or a file that cannot be read.";
  LintArgs a;
  // clang-format off
  line.options.add_options()
      ("output", po::value(&a.outputs), "FORMAT=PATH: also write that format to PATH (repeatable)")
      ("fail-on", po::value(&a.fail_on), "error (default), warning or info: the lowest severity that fails")
      ("select", po::value(&a.select), "RULE[,RULE...]: run only these rules (ALL: every rule); repeatable")
      ("ignore", po::value(&a.ignore), "RULE[,RULE...]: do not run these rules; repeatable")
      ("config", po::value(&a.config), "read this configuration instead of the nearest syncfeed.toml")
      ("no-config", "read no configuration file")
      ("baseline", po::value(&a.baseline), "hide the findings recorded in this baseline file")
      ("write-baseline", po::value(&a.write_baseline), "record today's findings in this baseline file")
      ("strict-baseline", "fail (exit 1) when a baseline entry matches no finding")
      ("max-warnings", number_value(&a.max_warnings, std::uint64_t{0}), "fail (exit 1) when there are more warnings than N")
      ("quiet,q", "text on standard output: show errors only (the summary and the exit code count everything)")
      ("statistics", "text: print the number of findings per rule instead of the findings")
      ("jobs,j", number_value(&a.jobs, 1u, kMaxJobs), "lint N files at once; one FILE of 16 MiB or more: read it in parts on N threads (default: one per core); the output is the same")
      ("max-findings-per-rule", number_value(&a.max_findings_per_rule, std::size_t{0}),
       "keep at most N findings per rule and file, then one info with the count of the rest (default 1000; 0: all)")
      ("xsd", "also validate with Xerces against the embedded XSD (slower; the reference)")
      ("max-depth", number_value(&a.max_depth, std::uint32_t{1}, kMaxDepth), "element nesting limit (default 256)")
      ("max-text", number_value(&a.max_text, std::uint64_t{1}, kMaxText), "bytes in one value limit (default 16 MiB)");
  // clang-format on
  add_format_option(line, "lint", &a.format);
  add_color_option(line);
  add_progress_option(line);
  add_download_options(line, a.download);
  line.add_positional("input", po::value(&a.inputs), -1);
  if (auto done = parse_command_line(line, args)) return *done;

  if (a.inputs.empty()) return usage_error("lint: no FILE given (use - for standard input; see: syncfeed lint --help)");
  const Format format = find_format(a.format, "lint")->lint_writer;  // --format took only lint's names
  std::vector<ExtraOutput> outputs;
  for (const std::string& o : a.outputs) {
    const std::size_t eq = o.find('=');
    const OutputFormat* f = eq == std::string::npos ? nullptr : find_format(o.substr(0, eq), "lint");
    if (!f || eq + 1 >= o.size())
      return usage_error(
          fmt::format("lint: --output {} is not FORMAT=PATH with FORMAT one of {}", o, or_list(format_names("lint"))));
    outputs.push_back({f->lint_writer, o.substr(eq + 1)});
  }
  Severity fail_on;
  if (!parse_severity(a.fail_on, fail_on))
    return usage_error(fmt::format("lint: --fail-on {} is none of error, warning, info", a.fail_on));
  if (!a.baseline.empty() && !a.write_baseline.empty())
    return usage_error(
        "lint: --baseline and --write-baseline exclude each other (--write-baseline records every finding)");

  const std::optional<Config> config = load_config(a, line.values.count("no-config") > 0);
  if (!config) return kExitError;
  std::string error;
  const std::optional<Policy> policy =
      Policy::make(*config, split_rule_lists(a.select), split_rule_lists(a.ignore), error);
  if (!policy) return usage_error("lint: " + error);

  std::optional<Baseline> baseline;
  if (!a.baseline.empty()) {
    baseline = Baseline::read(a.baseline, error);
    if (!baseline) return usage_error(error);
  }

  const Inputs inputs = expand_inputs(a.inputs);
  for (const std::string& e : inputs.errors) usage_error(e);

  const bool statistics = line.values.count("statistics") > 0;
  bool text_wanted = format == Format::Text;
  for (const ExtraOutput& o : outputs) text_wanted |= o.format == Format::Text;
  LintOptions options;
  options.read.xsd = line.values.count("xsd") > 0;
  options.read.max_depth = a.max_depth;
  options.read.max_text = a.max_text;
  options.read.download = a.download;
  // One large file is read in parts on every core unless --jobs says otherwise (docs/parallel.md).
  options.read.jobs = a.jobs;
  options.max_findings_per_rule = a.write_baseline.empty() ? a.max_findings_per_rule : 0;  // a baseline records all
  options.excerpts = text_wanted && !statistics;

  std::unique_ptr<ProgressBar> progress = make_progress(line, inputs.files, false);
  options.read.bytes_read = progress->counter();
  options.read.download.size_known = progress->size_callback();
  const RunResult run =
      lint_files(inputs.files, *policy, config->settings, options, baseline ? &*baseline : nullptr, a.jobs);
  progress.reset();  // its line is cleared before the report

  bool unreadable = !inputs.errors.empty();
  for (const FileResult& f : run.report.files)
    if (!f.opened) {
      usage_error(f.io_error);
      unreadable = true;
    }

  RenderOptions render_options;
  render_options.tool.version = SYNCFEED_VERSION;
#ifdef SYNCFEED_HOMEPAGE
  render_options.tool.information_uri = SYNCFEED_HOMEPAGE;
#endif
  render_options.policy = &*policy;
  render_options.fail_on = fail_on;
  render_options.statistics = statistics;

  bool write_failed = false;
  for (const ExtraOutput& o : outputs)
    write_failed |=
        !write_file(o.path, "the report", [&](Output& out) { render(o.format, run.report, render_options, out); });
  if (!a.write_baseline.empty()) {
    std::vector<Finding> all;
    for (const FileResult& f : run.report.files) all.insert(all.end(), f.findings.begin(), f.findings.end());
    const Baseline recorded = Baseline::of(all, a.write_baseline);
    write_failed |= !write_file(a.write_baseline, "the baseline", [&](Output& out) { recorded.write(out); });
    if (!write_failed)
      fmt::print(stderr, "syncfeed: recorded {} finding{} in {}\n", all.size(), all.size() == 1 ? "" : "s",
                 a.write_baseline);
  }

  // --quiet is for the terminal: files, and the formats machines read, get every finding.
  render_options.color = color_wanted(line);
  if (line.values.count("quiet") && format == Format::Text) render_options.show_from = Severity::Error;
  FileOutput out(stdout);
  render(format, run.report, render_options, out);
  std::fflush(stdout);
  if (!run.report.stale_baseline.empty()) list_stale(a.baseline, run.report.stale_baseline);

  if (unreadable || write_failed || out.failed()) return kExitError;
  if (!a.write_baseline.empty()) return kExitClean;
  const Totals t = totals(run.report);
  bool fails = false;
  for (const FileResult& f : run.report.files)
    for (const Finding& finding : f.findings) fails |= finding.severity >= fail_on;
  if (line.values.count("max-warnings") && t.warnings > a.max_warnings) {
    fmt::print(stderr, "syncfeed: {} warnings, more than --max-warnings {}\n", t.warnings, a.max_warnings);
    fails = true;
  }
  if (line.values.count("strict-baseline") && !run.report.stale_baseline.empty()) fails = true;
  return fails ? kExitFindings : kExitClean;
}

}  // namespace syncfeed::cli
