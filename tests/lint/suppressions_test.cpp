// Inline suppressions: <!-- syncfeed-disable RULE --> covers the next element
// and all inside it; -file covers the file; unused ones are reported.
#include <catch2/catch.hpp>

#include "lint_text.h"

using namespace syncfeed;
using namespace syncfeed::lint;
using test::lint_text;
using test::of_rule;

namespace {

Policy only(std::vector<std::string> rules) {
  std::string error;
  return *Policy::make(Config{}, rules, {}, error);
}

// Two projects; the second carries a bad attribute on its Project and on each Product (unknown-attribute findings).
const std::string kFeed = R"(<Projects>
  <Project Id="1" Shop="a">
    <Name>Kovács Anna</Name>
  </Project>
  SUPPRESS
  <Project Id="2" Shop="b">
    <Name>Szabó Péter</Name>
    <Orders>
      <Order Id="7">
        <Products>
          PRODUCT
          <Product Id="10" Line="1"><Name>Tea</Name></Product>
          <Product Id="11" Line="2"><Name>Kávé</Name></Product>
        </Products>
      </Order>
    </Orders>
  </Project>
  <Project Id="3" Shop="c"/>
</Projects>
)";

std::string feed(std::string_view suppress, std::string_view product = "") {
  std::string text = kFeed;
  text.replace(text.find("SUPPRESS"), 8, suppress);
  text.replace(text.find("PRODUCT"), 7, product);
  return text;
}

std::vector<std::uint32_t> lines_of(const std::vector<Finding>& findings) {
  std::vector<std::uint32_t> lines;
  for (const Finding& f : findings) lines.push_back(f.loc.line);
  return lines;
}

}  // namespace

TEST_CASE("without suppressions every unknown-attribute finding is reported") {
  auto r = lint_text(feed(""), only({"unknown-attribute", "unused-suppression"}));
  CHECK(lines_of(r.findings) == std::vector<std::uint32_t>{2, 6, 12, 13, 18});
}

TEST_CASE("syncfeed-disable before a project covers the project and everything in it") {
  auto r =
      lint_text(feed("<!-- syncfeed-disable unknown-attribute -->"), only({"unknown-attribute", "unused-suppression"}));
  CHECK(lines_of(r.findings) == std::vector<std::uint32_t>{2, 18});
}

TEST_CASE("syncfeed-disable inside a project covers the next element only") {
  auto r = lint_text(feed("", "<!-- syncfeed-disable unknown-attribute -->"),
                     only({"unknown-attribute", "unused-suppression"}));
  CHECK(lines_of(r.findings) == std::vector<std::uint32_t>{2, 6, 13, 18});
}

TEST_CASE("syncfeed-disable covers only the rules it names") {
  auto r = lint_text(feed("<!-- syncfeed-disable xml-encoding, unknown-attribute -->"),
                     only({"unknown-attribute", "unused-suppression"}));
  CHECK(lines_of(r.findings) == std::vector<std::uint32_t>{2, 18});
  r = lint_text(feed("<!-- syncfeed-disable webshop-field-spelling -->"),
                only({"unknown-attribute", "webshop-field-spelling"}));
  CHECK(lines_of(of_rule(r.findings, "unknown-attribute")) == std::vector<std::uint32_t>{2, 6, 12, 13, 18});
}

TEST_CASE("syncfeed-disable-file covers the whole file, wherever it stands") {
  std::string text = feed("");
  text += "<!-- syncfeed-disable-file unknown-attribute -->\n";
  auto r = lint_text(text, only({"unknown-attribute", "unused-suppression"}));
  CHECK(r.findings.empty());
}

TEST_CASE("a suppression that suppresses nothing is an info at the comment") {
  auto r = lint_text(feed("<!-- syncfeed-disable webshop-field-spelling -->"),
                     only({"webshop-field-spelling", "unused-suppression"}));
  const auto unused = of_rule(r.findings, "unused-suppression");
  REQUIRE(unused.size() == 1);
  const Finding& f = unused.front();
  CHECK(f.rule == "unused-suppression");
  CHECK(f.severity == Severity::Info);
  CHECK(f.loc.line == 5);
  CHECK(f.message ==
        "syncfeed-disable webshop-field-spelling suppresses nothing: no webshop-field-spelling finding in the element "
        "it covers");
}

TEST_CASE("a suppression of a rule that is off is not reported as unused") {
  auto r = lint_text(feed("<!-- syncfeed-disable webshop-field-spelling -->"),
                     only({"unknown-attribute", "unused-suppression"}));
  CHECK(of_rule(r.findings, "unused-suppression").empty());
}

TEST_CASE("a suppression naming no rule id is reported") {
  auto r = lint_text(feed("<!-- syncfeed-disable shema -->"), only({"unknown-attribute", "unused-suppression"}));
  auto unused = of_rule(r.findings, "unused-suppression");
  REQUIRE(unused.size() == 1);
  CHECK(unused.front().message == "syncfeed-disable: shema is not a rule id");
  CHECK(of_rule(r.findings, "unknown-attribute").size() == 5);
}

TEST_CASE("a suppression after the last element covers nothing") {
  std::string text = feed("");
  text.insert(text.rfind("</Projects>"), "<!-- syncfeed-disable unknown-attribute -->\n");
  auto r = lint_text(text, only({"unknown-attribute", "unused-suppression"}));
  auto unused = of_rule(r.findings, "unused-suppression");
  REQUIRE(unused.size() == 1);
  CHECK(unused.front().message ==
        "syncfeed-disable unknown-attribute is followed by no element, so it suppresses nothing");
}

TEST_CASE("ordinary comments are not suppressions") {
  auto r = lint_text(feed("<!-- exported by shop 3 --><!-- syncfeed-disabled unknown-attribute -->"),
                     only({"unknown-attribute", "unused-suppression"}));
  CHECK(r.findings.size() == 5);
}

TEST_CASE("an unknown id does not hide that another id of the same comment suppresses nothing") {
  auto r = lint_text(feed("<!-- syncfeed-disable shema, webshop-field-spelling -->"),
                     only({"unknown-attribute", "webshop-field-spelling", "unused-suppression"}));
  auto unused = of_rule(r.findings, "unused-suppression");
  REQUIRE(unused.size() == 2);
  CHECK(unused[0].message == "syncfeed-disable: shema is not a rule id");
  CHECK(unused[1].message ==
        "syncfeed-disable webshop-field-spelling suppresses nothing: no webshop-field-spelling finding in the element "
        "it covers");
  CHECK(unused[0].loc == unused[1].loc);
}
