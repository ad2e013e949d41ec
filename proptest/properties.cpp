#include "proptest/properties.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "feed/reader.h"
#include "feed/utf.h"
#include "feed/writer.h"
#include "lint/lint_file.h"
#include "lint/policy.h"
#include "proptest/shop_json.h"
#include "rules/value_parsers.h"
#include "sim/memory_state.h"
#include "sim/simulator.h"

namespace syncfeed::proptest {
namespace {

// Line `n` (1-based) of the output, cut for a report.
std::string output_line(std::string_view text, std::uint32_t n) {
  std::size_t start = 0;
  for (std::uint32_t i = 1; i < n && start != std::string_view::npos; ++i) {
    start = text.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (n == 0 || start == std::string_view::npos || start >= text.size()) return {};
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  std::string cut(line.substr(0, 160));
  if (line.size() > 160) cut += "...";
  // Bytes that are not UTF-8 are shown as \xNN so that the report stays text.
  std::string shown;
  for (std::size_t i = 0; i < cut.size();) {
    const std::size_t length = utf8_sequence_length(cut, i);
    if (length == 0) {
      shown += fmt::format("\\x{:02X}", static_cast<unsigned char>(cut[i]));
      ++i;
    } else {
      shown.append(cut, i, length);
      i += length;
    }
  }
  return shown;
}

std::string with_line(std::string_view output, std::uint32_t line) {
  const std::string text = output_line(output, line);
  return text.empty() ? std::string() : fmt::format("\n    line {}: {}", line, text);
}

// The output read as a feed: its projects, and the reader's own findings.
class OutputModel final : public FeedSink {
 public:
  void on_project(Element& project) override { projects.push_back(std::move(project)); }
  void on_finding(Finding finding) override { findings.push_back(std::move(finding)); }
  std::vector<Element> projects;
  std::vector<Finding> findings;
};

bool breaks_well_formedness(const Finding& f) {
  return reader_rules::stops_reading(f.rule) || f.rule == reader_rules::kEncoding;
}

std::optional<std::string> not_well_formed_utf8(std::string_view output, const OutputModel& model,
                                                const ReadSummary& summary) {
  Utf8ErrorLocator locator;
  if (!locator.feed(output)) {
    const TextPosition at = locator.position();
    return fmt::format("bytes that are not UTF-8 at line {}, column {}", at.line, at.column) +
           with_line(output, static_cast<std::uint32_t>(at.line));
  }
  for (const Finding& f : model.findings)
    if (breaks_well_formedness(f)) return fmt::format("{}: {}", f.rule, f.message) + with_line(output, f.loc.line);
  std::string encoding = summary.encoding;
  std::transform(encoding.begin(), encoding.end(), encoding.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!encoding.empty() && encoding != "utf-8" && encoding != "utf8")
    return fmt::format("the feed declares the encoding {}, not UTF-8", summary.encoding);
  return std::nullopt;
}

lint::FileResult lint_of(std::string_view xml) {
  static const lint::Policy policy = lint::Policy::all();
  return lint::lint_feed_text(xml, "<output>", policy, RuleSettings{}, {});
}

// What makes two findings the same finding in two feeds: the rule, the
// records and the field, not the line.
std::string finding_key(const Finding& f) {
  return fmt::format("{}|{}|{}|{}|{}", f.rule, f.project_id, f.order_id, f.product_id, f.field);
}

// The findings at or above `fail_on` in the output, but those the input's
// own canonical form has too (an info about the data itself is not the
// generator's doing).
std::optional<std::string> lint_findings(std::string_view output, Severity fail_on, const ShopData& data) {
  const lint::FileResult result = lint_of(output);
  std::map<std::string, int> in_input;
  bool any = false;
  for (const Finding& f : result.findings) any = any || f.severity >= fail_on;
  if (!any) return std::nullopt;
  for (const Finding& f : lint_of(canonical_document(data.projects)).findings) ++in_input[finding_key(f)];
  std::string detail;
  int shown = 0;
  for (const Finding& f : result.findings) {
    if (f.severity < fail_on) continue;
    if (int& left = in_input[finding_key(f)]; left > 0) {
      --left;
      continue;
    }
    if (shown++ == 5) {
      detail += "\n  ...";
      break;
    }
    detail += fmt::format("\n  line {}: {} {}: {}", f.loc.line, severity_name(f.severity), f.rule, f.message) +
              with_line(output, f.loc.line);
  }
  if (shown == 0) return std::nullopt;
  return "lint found:" + detail;
}

std::optional<std::string> data_differences(const ShopData& data, const OutputModel& model, std::string_view output,
                                            const SameDataOptions& options) {
  const auto differences = compare_data(data.projects, model.projects, options);
  if (differences.empty()) return std::nullopt;
  std::string detail = "the feed does not hold the input's data:";
  for (const DataDifference& d : differences)
    detail += fmt::format("\n  {}: input {}, feed {}", d.path, d.expected, d.actual) + with_line(output, d.line);
  return detail;
}

// Applied after the input, the output must change nothing: it creates no
// card and changes no value that the input's data did not already hold.
std::optional<std::string> plan_changes(const ShopData& data, OutputModel& model) {
  adopt_equal_numbers(data.projects, model.projects);
  sim::MemoryState state;
  state.set_counters({});
  std::string detail;
  int shown = 0;
  {
    sim::Simulator input(state, {}, [](const sim::Action&) {});
    for (const Element& project : data.projects) input.project(project, "<input>");
    input.finish();
  }
  sim::Simulator output(state, {}, [&](const sim::Action& a) {
    if (a.op == sim::Op::Unchanged || shown >= 5) return;
    ++shown;
    detail += fmt::format("\n  line {}: {} {} {}", a.loc.line, sim::op_name(a.op),
                          a.kind == sim::CardKind::Project ? "project" : "order", a.reference_id.value_or("(no Id)"));
    if (!a.reason.empty()) detail += ": " + a.reason;
    for (const sim::Change& c : sim::changes_of(a))
      detail += fmt::format("\n    {}: {} -> {}", c.field, c.before ? syncfeed::quoted(*c.before) : "(none)",
                            c.after ? syncfeed::quoted(*c.after) : "(none)");
  });
  for (const Element& project : model.projects) output.project(project, "<output>");
  if (shown == 0) return std::nullopt;
  return "what plan does with the feed is not what it does with the input: applied after the input, it would" + detail;
}

std::string first_different_line(std::string_view a, std::string_view b) {
  std::uint32_t line = 1;
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  for (; i < n && a[i] == b[i]; ++i)
    if (a[i] == '\n') ++line;
  return fmt::format(
      "the same input gave two different feeds ({} and {} bytes), first different at line {}:"
      "\n  first:  {}\n  second: {}",
      a.size(), b.size(), line, output_line(a, line), output_line(b, line));
}

}  // namespace

std::string_view property_name(Property property) {
  switch (property) {
    case Property::ExitsZero: return "exits-0";
    case Property::WellFormedUtf8Xml: return "well-formed-utf8-xml";
    case Property::LintClean: return "lint-clean";
    case Property::SameData: return "same-data";
    case Property::PlanEquivalent: return "plan-equivalent";
    case Property::Deterministic: return "deterministic";
  }
  return "?";
}

std::optional<std::string> input_problem(const ShopData& data) {
  const std::string xml = canonical_document(data.projects);
  for (const Finding& f : lint_of(xml).findings)
    if (f.severity >= Severity::Warning)
      return fmt::format("line {}: {} {}: {}", f.loc.line, severity_name(f.severity), f.rule, f.message);
  return std::nullopt;
}

Verdict check(const ShopData& data, const CheckOptions& options, Property last) {
  Verdict verdict;
  const std::string input = to_json(data);
  const RunResult run = run_command(options.command, input, options.limits);
  verdict.seconds = run.seconds;
  auto fail = [&](Property property, std::string detail) {
    verdict.failure = Failure{property, std::move(detail)};
    return verdict;
  };
  if (run.end == RunEnd::CannotRun) {
    verdict.cannot_run = true;
    verdict.error = run.error;
    return verdict;
  }
  if (run.end != RunEnd::Exited || run.exit_code != 0) {
    std::string detail = describe(run, options.limits);
    if (!run.error_tail.empty()) detail += "\n  its standard error ends with:\n" + run.error_tail;
    return fail(Property::ExitsZero, detail);
  }
  OutputModel model;
  const ReadSummary summary = read_feed_text(run.out, model);
  if (last < Property::WellFormedUtf8Xml) return verdict;
  if (auto problem = not_well_formed_utf8(run.out, model, summary)) return fail(Property::WellFormedUtf8Xml, *problem);
  if (last < Property::LintClean) return verdict;
  if (auto problem = lint_findings(run.out, options.fail_on, data)) return fail(Property::LintClean, *problem);
  if (last < Property::SameData) return verdict;
  if (auto problem = data_differences(data, model, run.out, options.same_data))
    return fail(Property::SameData, *problem);
  if (options.partial && last >= Property::PlanEquivalent)
    if (auto problem = plan_changes(data, model)) return fail(Property::PlanEquivalent, *problem);
  if (last < Property::Deterministic) return verdict;
  const RunResult again = run_command(options.command, input, options.limits);
  verdict.seconds += again.seconds;
  if (again.end != RunEnd::Exited || again.exit_code != 0)
    return fail(Property::Deterministic, "run again on the same input: " + describe(again, options.limits));
  if (again.out != run.out) return fail(Property::Deterministic, first_different_line(run.out, again.out));
  return verdict;
}

}  // namespace syncfeed::proptest
