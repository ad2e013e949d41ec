// --format junit: JUnit XML as GitLab CI, Jenkins and most CI servers read it.
// One <testsuite> per file; one <testcase> per rule that ran on it. A rule
// with a finding at or above --fail-on is a <failure> listing its findings
// (one "file:line:col: severity: message" line each); findings below it go
// to the test case's <system-out>. A file that could not be read is an
// <error> of a test case named after the file.
//
// Written as it goes: a first pass counts the tests and failures the opening
// tags carry, the second writes each suite straight to the output. Escaping
// is feed/writer.h's (escape_text, escape_attribute), the project's one XML
// escaper; it writes > as &gt;, so no text can close a CDATA section or
// look like one.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "feed/writer.h"
#include "lint/report.h"

namespace syncfeed::lint {
namespace {

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

std::size_t failures_of(const std::vector<Case>& cases) {
  return std::count_if(cases.begin(), cases.end(), [](const Case& c) { return !c.failing.empty(); });
}

std::string line_of(const Finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", f.file, f.loc.line, f.loc.column, severity_name(f.severity), f.message,
                     f.rule);
}

// Appends to one OutputBuffer: escaped text and attribute values, and fmt's formatting.
class XmlOut {
 public:
  explicit XmlOut(Output& out) : buffer_(out) {}
  template <typename... Args>
  void format(fmt::format_string<Args...> pattern, Args&&... args) {
    fmt::format_to(std::back_inserter(buffer_.text()), pattern, std::forward<Args>(args)...);
    buffer_.block_done();
  }
  void text(std::string_view s) { escape_text(buffer_.text(), s); }
  void attribute(std::string_view s) { escape_attribute(buffer_.text(), s); }
  void raw(std::string_view s) {
    buffer_.text() += s;
    buffer_.block_done();
  }
  // Lines "file:line:col: severity: message [rule]", escaped as text.
  void lines(const std::vector<const Finding*>& findings) {
    for (const Finding* f : findings) {
      text(line_of(*f));
      raw("\n");
    }
  }

 private:
  OutputBuffer buffer_;
};

std::string escaped_attribute(std::string_view s) {
  std::string out;
  escape_attribute(out, s);
  return out;
}

// A file that could not be read: a suite of one test case in error.
void write_unreadable(XmlOut& xml, const FileResult& file) {
  xml.format(
      "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
      "    <testcase classname=\"{0}\" name=\"{0}\" file=\"{0}\">\n"
      "      <error message=\"{1}\" type=\"io\">",
      escaped_attribute(file.file), escaped_attribute(file.io_error));
  xml.text(file.io_error);
  xml.raw("</error>\n    </testcase>\n  </testsuite>\n");
}

void write_case(XmlOut& xml, const Case& c, std::string_view file) {
  xml.raw("    <testcase classname=\"");
  xml.attribute(file);
  xml.raw("\" name=\"");
  xml.attribute(c.rule);
  xml.raw("\" file=\"");
  xml.attribute(file);
  if (c.failing.empty() && c.other.empty()) return xml.raw("\"/>\n");
  xml.raw("\">\n");
  if (!c.failing.empty()) {
    const Finding& first = *c.failing.front();
    xml.raw("      <failure message=\"");
    xml.attribute(c.failing.size() == 1
                      ? line_of(first)
                      : fmt::format("{} findings of {}; the first: {}", c.failing.size(), c.rule, line_of(first)));
    xml.format("\" type=\"{}\">", severity_name(first.severity));
    xml.lines(c.failing);
    xml.raw("</failure>\n");
  }
  if (!c.other.empty()) {
    xml.raw("      <system-out>");
    xml.lines(c.other);
    xml.raw("</system-out>\n");
  }
  xml.raw("    </testcase>\n");
}

void write_suite(XmlOut& xml, const FileResult& file, const std::vector<Case>& cases) {
  xml.raw("  <testsuite name=\"");
  xml.attribute(file.file);
  xml.format("\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", cases.size(), failures_of(cases));
  for (const Case& c : cases) write_case(xml, c, file.file);
  xml.raw("  </testsuite>\n");
}

}  // namespace

void render_junit(const Report& report, const RenderOptions& options, Output& out) {
  std::size_t all_tests = 0, all_failures = 0, all_errors = 0;
  for (const FileResult& file : report.files) {
    if (!file.opened) {
      ++all_tests;
      ++all_errors;
      continue;
    }
    const std::vector<Case> cases = cases_of(file, options);
    all_tests += cases.size();
    all_failures += failures_of(cases);
  }
  XmlOut xml(out);
  xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"");
  xml.attribute(options.tool.name);
  xml.format(" lint\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", all_tests, all_failures, all_errors);
  for (const FileResult& file : report.files) {
    if (!file.opened)
      write_unreadable(xml, file);
    else
      write_suite(xml, file, cases_of(file, options));
  }
  xml.raw("</testsuites>\n");
}

}  // namespace syncfeed::lint
