// fmt keeps the suppression directives, so a formatted feed lints as the
// original did: over generated feeds, their fields in a random order, with
// directives on random elements of the model (in mixed content too) and for
// the rules that fire (and unknown ids, and file-wide ones) placed before
// random lines, lint finds the same (all but lines and columns) before and
// after fmt, and fmt is a fixed point. RapidCheck prints the seed of a failure; replay it with
// RC_PARAMS="seed=N" build/tests/test_lint.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <tuple>

#include "feed/reader.h"
#include "feed/writer.h"
#include "gen/any_model.h"
#include "lint_text.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// What fmt writes for `xml`.
std::string format(const std::string& xml) {
  class Sink final : public FeedSink {
   public:
    explicit Sink(CanonicalWriter& writer) : writer_(writer) {}
    void on_project(Element& project) override { writer_.project(project); }
    void on_finding(Finding) override {}

   private:
    CanonicalWriter& writer_;
  };
  StringOutput out;
  CanonicalWriter writer(out);
  Sink sink(writer);
  writer.begin();
  const ReadSummary summary = read_feed_text(xml, sink);
  RC_ASSERT(summary.complete);
  writer.end(summary.trailing_directives);
  return out.text;
}

using Identity = std::tuple<std::string, Severity, std::string, std::string, std::string, std::string, std::string>;

// The findings without their places, which fmt moves.
std::vector<Identity> identities(const std::vector<Finding>& findings) {
  std::vector<Identity> out;
  for (const Finding& f : findings)
    out.emplace_back(f.rule, f.severity, f.message, f.project_id, f.order_id, f.product_id, f.field);
  std::sort(out.begin(), out.end());
  return out;
}

// The children of records in a random order (mixed content stays as it is:
// its order is data), so that fmt has elements to move with their directives.
void shuffle_fields(Element& e) {
  const bool mixed =
      std::any_of(e.children.begin(), e.children.end(), [](const Element& c) { return c.kind == Kind::Text; });
  if (!mixed)
    for (std::size_t i = e.children.size(); i > 1; --i)
      std::swap(e.children[i - 1], e.children[*rc::gen::inRange<std::size_t>(0, i)]);
  for (Element& c : e.children) shuffle_fields(c);
}

std::string shuffled_document(std::vector<Element> projects) {
  for (Element& p : projects) shuffle_fields(p);
  return canonical_document(projects);
}

// `xml` with directives naming some of `rules` before the markup that starts
// some lines: never inside a value, whose lines cannot start with a raw '<'.
std::string with_directives(const std::string& xml, const std::vector<std::string>& rules) {
  std::string out;
  std::size_t line_start = 0;
  bool first_line = true;
  while (line_start < xml.size()) {
    std::size_t end = xml.find('\n', line_start);
    end = end == std::string::npos ? xml.size() : end + 1;
    const std::string line = xml.substr(line_start, end - line_start);
    const std::size_t markup = line.find_first_not_of(' ');
    if (!first_line && markup != std::string::npos && line[markup] == '<' && *rc::gen::inRange(0, 3) == 0) {
      std::string directive = *rc::gen::inRange(0, 5) == 0 ? "syncfeed-disable-file" : "syncfeed-disable";
      const int count = *rc::gen::inRange(1, 3);
      for (int i = 0; i < count; ++i) directive += (i ? ", " : " ") + *rc::gen::elementOf(rules);
      out += line.substr(0, markup) + "<!-- " + directive + " -->" + line.substr(markup);
    } else {
      out += line;
    }
    first_line = false;
    line_start = end;
  }
  return out;
}

}  // namespace

TEST_CASE("lint finds the same in a feed with suppressions before and after fmt") {
  bool suppressed = false, unused = false, moved = false;
  rc::prop("lint(fmt(feed)) == lint(feed), fmt(fmt(feed)) == fmt(feed)", [&] {
    const std::string plain = shuffled_document(*arbitrary::any_projects_with_directives());
    std::set<std::string> fired{"schema", "no-such-rule"};
    const auto plain_findings = lint_text(plain).findings;
    for (const Finding& f : plain_findings) fired.insert(f.rule);
    const std::string feed = with_directives(plain, {fired.begin(), fired.end()});

    const auto before = lint_text(feed).findings;
    const std::string once = format(feed);
    RC_ASSERT(format(once) == once);
    RC_ASSERT(identities(lint_text(once).findings) == identities(before));

    suppressed |= std::count_if(before.begin(), before.end(), [](const Finding& f) {
                    return f.rule != "unused-suppression";
                  }) < static_cast<std::ptrdiff_t>(plain_findings.size());
    moved |= format(plain) != plain;
    unused |=
        std::any_of(before.begin(), before.end(), [](const Finding& f) { return f.rule == "unused-suppression"; });
  });
  // The property can only fail if fmt moves elements and directives both suppress findings and go unused.
  CHECK(moved);
  CHECK(suppressed);
  CHECK(unused);
}
