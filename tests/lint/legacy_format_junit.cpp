// lint's --format junit as it was written before the report writers streamed
// (main at 72f4cd2), verbatim but for the namespace: the oracle of
// report_writers_test.cpp, which wants the same bytes from the new writer.
#include "legacy_formats.h"
// --format junit: JUnit XML as GitLab CI, Jenkins and most CI servers read it.
// One <testsuite> per file; one <testcase> per rule that ran on it. A rule
// with a finding at or above --fail-on is a <failure> listing its findings
// (one "file:line:col: severity: message" line each); findings below it go
// to the test case's <system-out>. A file that could not be read is an
// <error> of a test case named after the file.
#include <fmt/format.h>

#include <map>

#include "feed/writer.h"

namespace syncfeed::lint::legacy {
namespace {

std::string text(std::string_view s) {
  std::string out;
  escape_text(out, s);
  return out;
}

std::string attribute(std::string_view s) {
  std::string out;
  escape_attribute(out, s);
  return out;
}

std::string line_of(const Finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", f.file, f.loc.line, f.loc.column, severity_name(f.severity), f.message,
                     f.rule);
}

struct Case {
  std::string rule;
  std::vector<const Finding*> failing;  // at or above --fail-on
  std::vector<const Finding*> other;
};

std::vector<Case> cases_of(const FileResult& file, const RenderOptions& options) {
  std::vector<Case> cases;
  std::map<std::string, std::size_t> index;
  auto case_for = [&](const std::string& rule) -> Case& {
    auto [it, fresh] = index.try_emplace(rule, cases.size());
    if (fresh) cases.push_back(Case{rule, {}, {}});
    return cases[it->second];
  };
  if (options.policy)
    for (const RuleEntry* entry : options.policy->enabled_rules()) case_for(std::string(entry->info.id));
  for (const Finding& f : file.findings) {
    Case& c = case_for(f.rule);
    (f.severity >= options.fail_on ? c.failing : c.other).push_back(&f);
  }
  return cases;
}

std::string lines(const std::vector<const Finding*>& findings) {
  std::string out;
  for (const Finding* f : findings) out += text(line_of(*f)) + "\n";
  return out;
}

}  // namespace

void render_junit(const Report& report, const RenderOptions& options, Output& out) {
  std::string suites;
  std::size_t all_tests = 0, all_failures = 0, all_errors = 0;
  for (const FileResult& file : report.files) {
    const std::string name = attribute(file.file);
    if (!file.opened) {
      suites += fmt::format(
          "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
          "    <testcase classname=\"{0}\" name=\"{0}\" file=\"{0}\">\n"
          "      <error message=\"{1}\" type=\"io\">{2}</error>\n"
          "    </testcase>\n  </testsuite>\n",
          name, attribute(file.io_error), text(file.io_error));
      ++all_tests;
      ++all_errors;
      continue;
    }
    const std::vector<Case> cases = cases_of(file, options);
    std::size_t failures = 0;
    std::string body;
    for (const Case& c : cases) {
      body += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\"", name, attribute(c.rule), name);
      if (c.failing.empty() && c.other.empty()) {
        body += "/>\n";
        continue;
      }
      body += ">\n";
      if (!c.failing.empty()) {
        ++failures;
        const Finding& first = *c.failing.front();
        body += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                            attribute(c.failing.size() == 1 ? line_of(first)
                                                            : fmt::format("{} findings of {}; the first: {}",
                                                                          c.failing.size(), c.rule, line_of(first))),
                            severity_name(first.severity), lines(c.failing));
      }
      if (!c.other.empty()) body += fmt::format("      <system-out>{}</system-out>\n", lines(c.other));
      body += "    </testcase>\n";
    }
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n{}  </testsuite>\n", name,
        cases.size(), failures, body);
    all_tests += cases.size();
    all_failures += failures;
  }
  out.write(
      fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<testsuites name=\"{} lint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}</testsuites>\n",
                  attribute(options.tool.name), all_tests, all_failures, all_errors, suites));
}

}  // namespace syncfeed::lint::legacy
