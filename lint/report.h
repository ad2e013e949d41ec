// A lint run's results, and the output formats that render them. Every format
// is rendered from the same Report; docs/lint.md documents each one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "feed/finding.h"
#include "feed/output.h"
#include "lint/baseline.h"
#include "lint/lint_file.h"
#include "lint/policy.h"

namespace syncfeed::lint {

struct Report {
  std::vector<FileResult> files;  // in the order given on the command line
  // --baseline: the entries of the files linted that matched no finding, in
  // the order of the files, each with the file's name as shown.
  std::vector<BaselineEntry> stale_baseline;
};

struct Totals {
  std::size_t files = 0;  // files read (unreadable ones are not counted)
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};
Totals totals(const Report& report);

struct ToolInfo {
  std::string name = "syncfeed";
  std::string version;
  std::string information_uri;
};

struct RenderOptions {
  ToolInfo tool;
  const Policy* policy = nullptr;  // the rules that ran (SARIF rule list, JUnit test cases)
  Severity fail_on = Severity::Error;
  bool color = false;       // text: ANSI colours
  bool statistics = false;  // text: counts per rule instead of the findings
  // text: findings below this severity are not shown (--quiet shows errors
  // only); the summary line still counts every finding.
  Severity show_from = Severity::Info;
};

// The names the user gives them are in cli/output_formats.cpp.
enum class Format { Text, Json, Sarif, Junit, Github };

void render(Format format, const Report& report, const RenderOptions& options, Output& out);

void render_text(const Report& report, const RenderOptions& options, Output& out);
void render_json(const Report& report, const RenderOptions& options, Output& out);
void render_sarif(const Report& report, const RenderOptions& options, Output& out);
void render_junit(const Report& report, const RenderOptions& options, Output& out);
void render_github(const Report& report, const RenderOptions& options, Output& out);

}  // namespace syncfeed::lint
