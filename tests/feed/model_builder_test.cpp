// The model builder driven directly, without Xerces: start tags, text runs and
// end tags as plain values, as feed/reader/xerces_handler.cpp gives them. What
// the reader builds from a whole document is tested through read_feed in
// reader_model_test.cpp; this is the builder's own contract.
#include <catch2/catch.hpp>

#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "feed/reader/model_builder.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

using Strings = std::vector<std::string>;

// Feeds the builder one event a line, each at column 1, as a parser would.
class Events {
 public:
  explicit Events(ReadOptions options = {}) : options_(options), builder_(sink, options_) {}

  Events& start(const std::string& name, std::vector<std::pair<std::u16string, std::u16string>> attributes = {}) {
    AttributeList list;
    for (auto& [attribute, value] : attributes) {
      const std::u16string& kept_name = strings_.emplace_back(attribute);
      list.add(kept_name.c_str(), strings_.emplace_back(value).c_str());
    }
    auto it = names_.try_emplace(name, name).first;
    builder_.start_element(it->second, list, next());
    return *this;
  }
  Events& text(const std::u16string& chars) {
    builder_.text(chars, next());
    return *this;
  }
  Events& end() {
    builder_.end_element();
    ++line_;
    return *this;
  }
  Events& comment(const std::string& text) {
    builder_.comment(text, next());
    return *this;
  }
  Events& leaf(const std::string& name, const std::u16string& value) { return start(name).text(value).end(); }
  ModelBuilder& builder() { return builder_; }

  RecordingSink sink;

 private:
  Location next() { return {line_++, 1}; }

  ReadOptions options_;
  ModelBuilder builder_;
  std::map<std::string, ElementName> names_;
  std::deque<std::u16string> strings_;  // the attributes' text stays where the list points
  std::uint32_t line_ = 1;
};

Strings tags(const Element& e) {
  Strings out;
  for (const Element& c : e.children) out.emplace_back(c.kind == Kind::Text ? "#text" : std::string(c.tag()));
  return out;
}

const Element& only_project(const Events& events) {
  REQUIRE(events.sink.projects.size() == 1);
  return events.sink.projects[0];
}

}  // namespace

TEST_CASE("model builder: children are placed in canonical order, custom fields after them") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"7"}});
  e.leaf("Zeta", u"z").leaf("StatusId", u"s").leaf("Name", u"n").leaf("CategoryId", u"1");
  e.end().end();
  const Element& p = only_project(e);
  CHECK(p.id == "7");
  CHECK(tags(p) == Strings{"Name", "CategoryId", "StatusId", "Zeta"});
  CHECK(p.loc == Location{2, 1});
  CHECK(e.builder().projects() == 1);
  CHECK(e.sink.findings.empty());
}

TEST_CASE("model builder: an alias is read as its canonical field, a flat Email as Emails/Email/Value") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"1"}});
  e.leaf("WebshopDisabled", u"1");
  e.start("Business").leaf("Email", u"a@b.hu").leaf("Name", u"B").end();
  e.end().end();
  const Element& p = only_project(e);
  REQUIRE(p.child(Kind::Disabled) != nullptr);
  CHECK(p.child(Kind::Disabled)->alias);
  CHECK(p.value(Kind::Disabled) == "1");
  const Element& business = *p.child(Kind::Business);
  CHECK(tags(business) == Strings{"Name", "Emails"});
  CHECK(business.child(Kind::Emails)->alias);
  REQUIRE(business.items(Kind::Emails).size() == 1);
  CHECK(business.items(Kind::Emails)[0]->value(Kind::Value) == "a@b.hu");
}

TEST_CASE("model builder: a repeated list container is merged into the first one") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"1"}});
  e.start("Orders").start("Order", {{u"Id", u"a"}}).end().end();
  e.leaf("Name", u"n");
  e.start("Orders").start("Order", {{u"Id", u"b"}}).end().end();
  e.end().end();
  const Element& p = only_project(e);
  CHECK(tags(p) == Strings{"Name", "Orders"});
  const auto orders = p.items(Kind::Orders);
  REQUIRE(orders.size() == 2);
  CHECK(orders[0]->id == "a");
  CHECK(orders[1]->id == "b");
}

TEST_CASE("model builder: a custom field keeps its mixed content; whitespace between elements is layout") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"1"}});
  e.start("Megjegyzes", {{u"tipus", u"belső"}}).text(u"Hívjon ").leaf("b", u"előtte").text(u"\n  ").end();
  e.end().end();
  const Element& field = only_project(e).children.at(0);
  CHECK(field.kind == Kind::Custom);
  CHECK(field.name == "Megjegyzes");
  REQUIRE(field.attributes.size() == 1);
  CHECK(field.attributes[0].name == "tipus");
  CHECK(field.attributes[0].value == "belső");
  CHECK(tags(field) == Strings{"#text", "b"});
  CHECK(field.children[0].text == "Hívjon ");
  CHECK(field.children[0].loc == Location{4, 1});
  CHECK(field.children[1].text == "előtte");
  CHECK(e.sink.findings.empty());
}

TEST_CASE("model builder: text directly inside a record is a schema finding, and dropped") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"9"}}).text(u"\n  stray").end().end();
  REQUIRE(e.sink.findings.size() == 1);
  const Finding& f = e.sink.findings[0];
  CHECK(f.rule == reader_rules::kSchema);
  CHECK(f.loc == Location{4, 3});  // its first character that is not whitespace
  CHECK(f.project_id == "9");
  CHECK(f.message == "text is not allowed directly inside <Project> (mixed content)");
  REQUIRE(e.sink.dropped.size() == 1);
  CHECK(e.sink.dropped[0].what == "text inside <Project>");
  CHECK(only_project(e).children.empty());
}

TEST_CASE("model builder: with the XSD validator on, structural findings are left to it") {
  ReadOptions options;
  options.xsd = true;
  Events e(options);
  e.start("Projects").start("Project", {{u"Id", u"9"}}).text(u"stray").end().end();
  CHECK(e.sink.findings.empty());
  CHECK(e.sink.dropped.size() == 1);
}

TEST_CASE("model builder: an unknown attribute on an element of the format is reported and dropped") {
  Events e;
  e.start("Projects").start("Project", {{u"Id", u"1"}, {u"kind", u"x"}}).end().end();
  REQUIRE(e.sink.findings.size() == 1);
  CHECK(e.sink.findings[0].rule == reader_rules::kUnknownAttribute);
  CHECK(e.sink.findings[0].field == "@kind");
  CHECK(e.sink.findings[0].project_id == "1");
  CHECK(only_project(e).attributes.empty());
}

TEST_CASE("model builder: nesting past max_depth is an input-limit finding that stops the reading") {
  ReadOptions options;
  options.max_depth = 2;
  Events e(options);
  e.start("Projects").start("Project", {{u"Id", u"1"}});
  CHECK_THROWS_AS(e.start("Name"), StopReading);
  REQUIRE(e.sink.findings.size() == 1);
  CHECK(e.sink.findings[0].rule == reader_rules::kLimit);
  CHECK(e.sink.findings[0].loc == Location{3, 1});
  CHECK(e.sink.projects.empty());
}

TEST_CASE("model builder: a directive goes with the element after it; the last ones are trailing") {
  Events e;
  e.start("Projects").comment(" syncfeed-disable project-name-missing ");
  e.start("Project", {{u"Id", u"1"}}).end();
  e.comment(" syncfeed-disable-file schema ").comment(" just a remark ").end();
  CHECK(only_project(e).directives == Strings{" syncfeed-disable project-name-missing "});
  CHECK(e.builder().trailing_directives() == Strings{" syncfeed-disable-file schema "});
  REQUIRE(e.sink.dropped.size() == 1);
  CHECK(e.sink.dropped[0].what == "comment");
}
