// The report formats stream (feed/json_writer.h, OutputBuffer): their bytes
// must be what the nlohmann trees and whole strings wrote before
// (legacy_formats.h). Reports of many findings of every rule and severity,
// with hostile file names, messages, ids and I/O errors (control characters,
// bytes that are not UTF-8, U+2028, quotes, backslashes, ]]>, % : ,), files
// that could not be read, stale baseline entries, with and without a policy.
// RapidCheck prints the seed of a failure; replay it with RC_PARAMS="seed=N".
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "legacy_formats.h"
#include "lint/policy.h"
#include "rules/registry.h"
#include "support/hostile_text.h"

using namespace syncfeed;
using namespace syncfeed::lint;
using syncfeed::test::hostile_text;

namespace {

// A rule of the catalogue, or now and then an id that is not one.
rc::Gen<std::string> rule_id() {
  std::vector<std::string> ids;
  for (const RuleEntry& entry : all_rules()) ids.emplace_back(entry.info.id);
  return rc::gen::oneOf(rc::gen::elementOf(ids), hostile_text(2));
}

// An id of a record: usually none (null in JSON), sometimes hostile.
rc::Gen<std::string> record_id() {
  return rc::gen::weightedOneOf<std::string>({{3, rc::gen::just(std::string())}, {1, hostile_text(3)}});
}

Finding finding(const std::string& file) {
  Finding f;
  f.rule = *rule_id();
  f.severity = *rc::gen::element(Severity::Info, Severity::Warning, Severity::Error);
  f.file = file;
  f.loc.line = *rc::gen::inRange<std::uint32_t>(0, 100000);
  f.loc.column = *rc::gen::inRange<std::uint32_t>(0, 300);
  f.message = *hostile_text();
  f.project_id = *record_id();
  f.order_id = *record_id();
  f.product_id = *record_id();
  f.field = *record_id();
  return f;
}

FileResult file_result() {
  FileResult file;
  file.file = *rc::gen::oneOf(rc::gen::just(std::string("feed.xml")), rc::gen::just(std::string("<stdin>")),
                              rc::gen::just(std::string("/abs/./dir/../feed.xml")), hostile_text(4));
  if (*rc::gen::inRange(0, 8) == 0) {
    file.opened = false;
    file.io_error = *hostile_text();
    return file;
  }
  const int findings = *rc::gen::inRange(0, 60);
  for (int i = 0; i < findings; ++i) {
    // Repeat a finding now and then: one identity twice in a file gets two SARIF occurrences.
    if (i > 0 && *rc::gen::inRange(0, 6) == 0)
      file.findings.push_back(file.findings[static_cast<std::size_t>(*rc::gen::inRange(0, i))]);
    else
      file.findings.push_back(finding(file.file));
  }
  return file;
}

Report report() {
  Report r;
  const int files = *rc::gen::inRange(0, 4);
  for (int i = 0; i < files; ++i) r.files.push_back(file_result());
  const int stale = *rc::gen::inRange(0, 3);
  for (int i = 0; i < stale; ++i)
    r.stale_baseline.push_back(BaselineEntry{*hostile_text(3), *rule_id(), *record_id(), *record_id(), *record_id(),
                                             *record_id(), *rc::gen::inRange<std::size_t>(1, 5), *hostile_text()});
  return r;
}

using Renderer = void (*)(const Report&, const RenderOptions&, Output&);

std::string rendered(Renderer render, const Report& r, const RenderOptions& options) {
  StringOutput out;
  render(r, options, out);
  return out.text;
}

void same_bytes(Renderer streaming, Renderer legacy) {
  static const Policy all = Policy::all();
  const Report r = report();
  RenderOptions options;
  options.tool.version = *rc::gen::element<std::string>("1.2.3", "0.0.0-dev");
  options.tool.information_uri = *rc::gen::element<std::string>("", "https://example.com/syncfeed");
  options.tool.name = *rc::gen::element<std::string>("syncfeed", "sync<feed>&\"");
  options.policy = *rc::gen::element<const Policy*>(nullptr, &all);
  options.fail_on = *rc::gen::element(Severity::Info, Severity::Warning, Severity::Error);
  RC_ASSERT(rendered(streaming, r, options) == rendered(legacy, r, options));
}

}  // namespace

TEST_CASE("the streaming report formats write the bytes the old ones wrote", "[formats][property]") {
  rc::prop("json", [] { same_bytes(render_json, legacy::render_json); });
  rc::prop("sarif", [] { same_bytes(render_sarif, legacy::render_sarif); });
  rc::prop("junit", [] { same_bytes(render_junit, legacy::render_junit); });
  rc::prop("github", [] { same_bytes(render_github, legacy::render_github); });
}

TEST_CASE("the streaming report formats write the old bytes for 30,000 findings in one file", "[formats]") {
  // More than one OutputBuffer block, and one file's URI and fingerprint path reused for all.
  Report r;
  FileResult& file = r.files.emplace_back();
  file.file = "shop/feed.xml";
  std::vector<std::string> ids;
  for (const RuleEntry& entry : all_rules()) ids.emplace_back(entry.info.id);
  for (std::uint32_t i = 0; i < 30000; ++i) {
    Finding f;
    f.rule = ids[i % ids.size()];
    f.severity = static_cast<Severity>(i % 3);
    f.file = file.file;
    f.loc = {i / 7 + 1, i % 80 + 1};
    f.message = "Quantity \"0\" is not greater than 0";
    f.project_id = std::to_string(i / 20);
    f.order_id = i % 2 ? std::to_string(i) : "";
    f.field = "Quantity";
    file.findings.push_back(std::move(f));
  }
  const Policy all = Policy::all();
  RenderOptions options;
  options.tool.version = "1.0";
  options.policy = &all;
  CHECK(rendered(render_json, r, options) == rendered(legacy::render_json, r, options));
  CHECK(rendered(render_sarif, r, options) == rendered(legacy::render_sarif, r, options));
  CHECK(rendered(render_junit, r, options) == rendered(legacy::render_junit, r, options));
  CHECK(rendered(render_github, r, options) == rendered(legacy::render_github, r, options));
}
