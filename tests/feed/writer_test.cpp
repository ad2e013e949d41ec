// The canonical form of docs/format.md §5, byte for byte.
#include <catch2/catch.hpp>

#include "feed/writer.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

Element leaf(Kind kind, std::string text) {
  Element e(kind);
  e.text = std::move(text);
  return e;
}

Element custom(std::string name, std::string text = {}, std::vector<Attribute> attributes = {}) {
  Element e(Kind::Custom);
  e.name = std::move(name);
  e.text = std::move(text);
  e.attributes = std::move(attributes);
  return e;
}

Element project(std::string id, std::vector<Element> children) {
  Element p(Kind::Project);
  p.has_id = true;
  p.id = std::move(id);
  p.children = std::move(children);
  return p;
}

std::string escaped_text(std::string_view s) {
  std::string out;
  escape_text(out, s);
  return out;
}
std::string escaped_attribute(std::string_view s) {
  std::string out;
  escape_attribute(out, s);
  return out;
}

}  // namespace

TEST_CASE("an empty feed is the declaration and <Projects/>, each ending in LF") {
  CHECK(canonical_document({}) == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects/>\n");
}

TEST_CASE("one element per line, 2-space indentation, an empty leaf as <Name/>, final LF") {
  Element business(Kind::Business);
  business.children.push_back(leaf(Kind::Name, "B"));
  business.children.push_back(leaf(Kind::VatNumber, ""));
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<Projects>\n"
      "  <Project Id=\"1\">\n"
      "    <Name>Anna</Name>\n"
      "    <UserId/>\n"
      "    <Business>\n"
      "      <Name>B</Name>\n"
      "      <VatNumber/>\n"
      "    </Business>\n"
      "  </Project>\n"
      "  <Project Id=\"2\"/>\n"
      "</Projects>\n";
  CHECK(canonical_document({project("1", {leaf(Kind::Name, "Anna"), leaf(Kind::UserId, ""), business}),
                            project("2", {})}) == expected);
}

TEST_CASE("text escapes &, < and > and writes a CR as &#13;; quotes, TAB and LF stay as they are") {
  CHECK(escaped_text("a & b < c > d ]]> e") == "a &amp; b &lt; c &gt; d ]]&gt; e");
  CHECK(escaped_text("\"q\" 'a'") == "\"q\" 'a'");
  CHECK(escaped_text("x\ty\nz\r") == "x\ty\nz&#13;");
  CHECK(escaped_text("  lead and trail  ") == "  lead and trail  ");
  CHECK(escaped_text("Ș😀") == "Ș😀");  // UTF-8 as it is, never a character reference
}

TEST_CASE("attribute values escape &, < and \" and write TAB, CR and LF as character references") {
  CHECK(escaped_attribute("a & b < c > d") == "a &amp; b &lt; c > d");
  CHECK(escaped_attribute("say \"hi\" 'x'") == "say &quot;hi&quot; 'x'");
  CHECK(escaped_attribute("t\tc\rl\n") == "t&#9;c&#13;l&#10;");
}

TEST_CASE("the Id attribute and custom attributes are written in double quotes, escaped, in the order read") {
  Element field = custom("Cimkek", "", {{"b", "2\t\"x\""}, {"a", "1 & 2"}});
  field.children.push_back(custom("Cimke", "kávé"));
  const std::string text = canonical_element(project("a\"&<b\n", {field}), 1);
  CHECK(text ==
        "  <Project Id=\"a&quot;&amp;&lt;b&#10;\">\n"
        "    <Cimkek b=\"2&#9;&quot;x&quot;\" a=\"1 &amp; 2\">\n"
        "      <Cimke>kávé</Cimke>\n"
        "    </Cimkek>\n"
        "  </Project>\n");
}

TEST_CASE("a custom field with mixed content is written on one line: added whitespace would be data") {
  Element mixed = custom("Megjegyzes");
  mixed.children.push_back(leaf(Kind::Text, "Hívjon "));
  Element bold = custom("b", "", {{"class", "x"}});
  bold.children.push_back(custom("i", "előtte"));
  mixed.children.push_back(bold);
  mixed.children.push_back(leaf(Kind::Text, " & \r"));
  mixed.children.push_back(custom("br"));
  CHECK(canonical_element(mixed, 2) ==
        "    <Megjegyzes>Hívjon <b class=\"x\"><i>előtte</i></b> &amp; &#13;<br/></Megjegyzes>\n");
}

TEST_CASE("an empty custom field is <Name/>, with its attributes") {
  CHECK(canonical_element(custom("Ajandek"), 0) == "<Ajandek/>\n");
  CHECK(canonical_element(custom("Ajandek", "", {{"tipus", ""}}), 0) == "<Ajandek tipus=\"\"/>\n");
  CHECK(canonical_element(custom("Szokoz", " "), 0) == "<Szokoz> </Szokoz>\n");
}

TEST_CASE("the streaming writer gives the same bytes as the whole document, whatever the buffering") {
  std::vector<Element> projects;
  for (int i = 0; i < 3000; ++i)  // well past the writer's 64 KiB flush threshold
    projects.push_back(project(std::to_string(i), {leaf(Kind::Name, std::string(40, 'n')), custom("F", "ő")}));
  StringOutput out;
  {
    CanonicalWriter writer(out);
    writer.begin();
    for (const Element& p : projects) writer.project(p);
    writer.end();
    writer.end();  // a second end() writes nothing
  }
  CHECK(out.text.size() > (1u << 17));
  CHECK(out.text == canonical_document(projects));
}

TEST_CASE("a writer abandoned before end() drops what it still buffers: no output ends in half a project") {
  StringOutput out;
  {
    CanonicalWriter writer(out);
    writer.begin();
    writer.project(project("1", {}));
  }
  CHECK(out.text.empty());
}

TEST_CASE("what the writer writes reads back exactly: CR, TAB, LF, spaces, markup characters") {
  const std::string tricky = " \t lead\r\nCR&LF\r ]]> <x> & \"q\" 😀 trail \t";
  Element p =
      project(tricky, {leaf(Kind::Name, tricky), leaf(Kind::StatusId, "\r"), custom("F", tricky, {{"a", tricky}})});
  const std::string text = canonical_document({p});
  const RecordingSink sink = read_text(text);
  REQUIRE(sink.projects.size() == 1);
  CHECK(sink.projects[0] == p);
  CHECK(text.find('\r') == std::string::npos);  // every CR is a reference: line ends are LF only
}

TEST_CASE("fmt's reordering: the canonical form of an out-of-order feed lists fields in the format's order") {
  const Element p = only_project(
      feed("<Project Id=\"9\"><Orders><Order Id=\"1\"><Status>Draft</Status><Number>N</Number></Order></Orders>"
           "<Custom>c</Custom><Name>n</Name><WebshopDisabled>0</WebshopDisabled></Project>\n"));
  CHECK(canonical_element(p, 1) ==
        "  <Project Id=\"9\">\n"
        "    <Name>n</Name>\n"
        "    <Webshop_Disabled>0</Webshop_Disabled>\n"
        "    <Orders>\n"
        "      <Order Id=\"1\">\n"
        "        <Number>N</Number>\n"
        "        <Status>Draft</Status>\n"
        "      </Order>\n"
        "    </Orders>\n"
        "    <Custom>c</Custom>\n"
        "  </Project>\n");
}

TEST_CASE(
    "suppression directives are written before their element, indented like it; trailing ones before </Projects>") {
  Element name = leaf(Kind::Name, "A");
  name.directives = {" syncfeed-disable project-name-empty "};
  Element p = project("1", {name});
  p.directives = {"syncfeed-disable-file schema", " syncfeed-disable user-id-missing "};
  StringOutput out;
  {
    CanonicalWriter writer(out);
    writer.begin();
    writer.project(p);
    writer.end({" syncfeed-disable x "});
  }
  CHECK(out.text ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n"
        "  <!--syncfeed-disable-file schema-->\n"
        "  <!-- syncfeed-disable user-id-missing -->\n"
        "  <Project Id=\"1\">\n"
        "    <!-- syncfeed-disable project-name-empty -->\n"
        "    <Name>A</Name>\n"
        "  </Project>\n"
        "  <!-- syncfeed-disable x -->\n"
        "</Projects>\n");
  // A value, as diff and the simulator show or store it, is data only.
  CHECK(canonical_element(p, 0, Directives::Omit) == "<Project Id=\"1\">\n  <Name>A</Name>\n</Project>\n");

  StringOutput empty;
  {
    CanonicalWriter writer(empty);
    writer.begin();
    writer.end({"syncfeed-disable-file schema"});
  }
  CHECK(empty.text ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n  <!--syncfeed-disable-file schema-->\n</Projects>\n");
}
