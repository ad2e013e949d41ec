// Suppression directives are kept with the element they stand before (the
// first element of the model that starts after them, as lint resolves them),
// whatever place the model gives that element; ordinary comments are dropped.
#include <catch2/catch.hpp>

#include "feed/writer.h"
#include "recording_sink.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

const Element& only_project(const RecordingSink& sink) {
  REQUIRE(sink.summary.complete);
  REQUIRE(sink.projects.size() == 1);
  return sink.projects[0];
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("a directive goes with the element after it when the model moves that element to its canonical place") {
  const RecordingSink sink = read_text(R"(<Projects><Project Id="1">
    <Orders/>
    <!-- syncfeed-disable name-missing -->
    <Name>A</Name>
  </Project></Projects>)");
  const Element& p = only_project(sink);
  REQUIRE(p.children.size() == 2);
  CHECK(p.children[0].kind == Kind::Name);
  CHECK(p.children[0].directives == Texts{" syncfeed-disable name-missing "});
  CHECK(p.children[1].directives.empty());
  CHECK(sink.dropped.empty());       // a kept directive is not dropped
  CHECK(sink.comments.size() == 1);  // and lint still sees it
}

TEST_CASE("directives before <Projects> go with the first project; after the last element they trail") {
  const RecordingSink sink = read_text(
      "<!--syncfeed-disable-file schema--><Projects><!-- ordinary --><Project Id=\"1\"/>"
      "<!-- syncfeed-disable user-id-missing --></Projects><!--syncfeed-disable-file x-->");
  const Element& p = only_project(sink);
  CHECK(p.directives == Texts{"syncfeed-disable-file schema"});
  CHECK(sink.summary.trailing_directives == Texts{" syncfeed-disable user-id-missing ", "syncfeed-disable-file x"});
  REQUIRE(sink.dropped.size() == 1);
  CHECK(sink.dropped[0].what == "comment");
}

TEST_CASE("a directive before a repeated list container goes to its first item, which joins the first container") {
  const RecordingSink sink = read_text(R"(<Projects><Project Id="1"><Orders><Order Id="1"/></Orders>
    <!-- syncfeed-disable order-empty -->
    <Orders><Order Id="2"/></Orders>
    <!-- syncfeed-disable schema -->
    <Orders/>
    <Name>A</Name>
  </Project></Projects>)");
  const Element& p = only_project(sink);
  const Element* orders = p.child(Kind::Orders);
  REQUIRE(orders);
  REQUIRE(orders->children.size() == 2);
  CHECK(orders->directives.empty());
  CHECK(orders->children[1].directives == Texts{" syncfeed-disable order-empty "});
  // The empty repeat has no item: its directive goes to the element after it.
  CHECK(p.child(Kind::Name)->directives == Texts{" syncfeed-disable schema "});
}

TEST_CASE("a directive before a flat <Email> stands before the <Emails> it becomes") {
  const RecordingSink sink = read_text(R"(<Projects><Project Id="1"><Contacts><Contact>
    <!-- syncfeed-disable email-invalid -->
    <Email>a@b</Email>
  </Contact></Contacts></Project></Projects>)");
  const Element& contact = only_project(sink).child(Kind::Contacts)->children.at(0);
  const Element* emails = contact.child(Kind::Emails);
  REQUIRE(emails);
  CHECK(emails->directives == Texts{" syncfeed-disable email-invalid "});
  CHECK(emails->children.at(0).directives.empty());
}

TEST_CASE("a directive before a stray child of <Projects>, which is not kept, goes with the next project") {
  const RecordingSink sink = read_text(
      "<Projects><!--syncfeed-disable schema--><Stray><!--syncfeed-disable a--><X/></Stray>"
      "<Project Id=\"1\"/></Projects>");
  CHECK(only_project(sink).directives == Texts{"syncfeed-disable schema", "syncfeed-disable a"});
}

TEST_CASE("in mixed content a directive is kept right before its element, on the same line") {
  const std::string feed =
      "<Projects><Project Id=\"1\"><Note>a <!--syncfeed-disable x--><b>c</b><!--syncfeed-disable y-->d</Note>"
      "</Project></Projects>";
  const RecordingSink sink = read_text(feed);
  const Element& note = only_project(sink).children.at(0);
  REQUIRE(note.children.size() == 3);
  CHECK(note.children[1].directives == Texts{"syncfeed-disable x"});
  CHECK(note.children[2].kind == Kind::Text);
  CHECK(note.children[2].directives == Texts{"syncfeed-disable y"});
  CHECK(canonical_element(note) == "<Note>a <!--syncfeed-disable x--><b>c</b><!--syncfeed-disable y-->d</Note>\n");
  CHECK(canonical_element(note, 0, Directives::Omit) == "<Note>a <b>c</b>d</Note>\n");
}
