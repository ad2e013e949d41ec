// The pages at / as a person sees them: loaded in headless Chromium, their
// visible text checked (tests/serve/page_text.py). Values from feeds are
// shown as text, never run as markup.
#include <catch2/catch.hpp>

#include <algorithm>

#include "serve_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;

namespace {

std::string seen(const ServerProcess& server, const std::string& path) {
  const ProcessResult r = run_process({"python3", tests_dir() + "/page_text.py", server.url(path)});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::size_t position(const std::string& text, const std::string& what) {
  const std::size_t at = text.find(what);
  INFO(what << " in:\n" << text);
  REQUIRE(at != std::string::npos);
  return at;
}

}  // namespace

TEST_CASE("serve pages: syncs, a sync's findings, cards and a card, in Chromium", "[serve][pages]") {
  TempFolder folder;
  std::string hostile = read_whole_file(corpus_feed("seed-example.xml"));
  const std::string name = "<Name>Andreea Popescu</Name>";
  hostile.replace(hostile.find(name), name.size(),
                  "<Name>&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\" &lt;b&gt;bold&lt;/b&gt;</Name>");
  write_whole_file(folder / "hostile.xml", hostile);
  const std::string findings = (folder / "findings.xml").string();
  REQUIRE(run_syncfeed({"gen", "--seed", "3", "--projects", "3", "--defect", "project-name-missing", "-o", findings})
              .exit_code == 0);
  write_whole_file(folder / "broken.xml", "<Projects><Project Id=\"1\"><Name>A</Nme></Project></Projects>\n");

  ServerProcess server(folder / "served.db");
  REQUIRE(curl_upload(server, (folder / "hostile.xml").string()).status == 200);      // sync 1: cards 1, 2
  REQUIRE(curl_upload(server, corpus_feed("woocommerce-plugin.xml")).status == 200);  // sync 2: orders
  REQUIRE(curl_upload(server, findings).status == 200);                               // sync 3: an error finding
  REQUIRE(curl_upload(server, (folder / "broken.xml").string()).status == 422);       // sync 4: refused

  SECTION("the syncs, newest first, with outcome and counts") {
    const std::string text = seen(server, "/");
    CHECK(position(text, "\n4 | ") < position(text, "\n3 | "));
    CHECK(position(text, "\n3 | ") < position(text, "\n1 | "));
    CHECK_THAT(text, Contains("| upload | refused | 0 | 0 | 0 | 0 | 1 | 0 |"));
    CHECK_THAT(text, Contains("\n1 | ") && Contains("| upload | applied | 2 | 0 | 0 | 0 |"));
    CHECK_THAT(text, Contains("link: 3 -> /syncs/3"));
  }
  SECTION("one sync's findings, each with a link to its rule's page") {
    const std::string text = seen(server, "/syncs/3");
    CHECK_THAT(text, Contains("Outcome | applied"));
    CHECK_THAT(text, Contains("project-name-missing | error | "));
    CHECK_THAT(text, Contains("has no <Name>"));
    CHECK_THAT(text, Contains("link: project-name-missing -> /rules/project-name-missing"));
    CHECK_THAT(seen(server, "/rules/project-name-missing"), Contains("# project-name-missing"));
    CHECK_THAT(seen(server, "/syncs/4"), Contains("xml-not-well-formed | error | 1 |"));
  }
  SECTION("a hostile card name is shown as text, in the list, the search and the card") {
    const std::string shown = "<script>alert(1)</script> & \"Co\" <b>bold</b>";
    for (const std::string path : {"/cards", "/cards?q=SCRIPT", "/cards?q=14353", "/cards/1"}) {
      INFO(path);
      const std::string text = seen(server, path);
      CHECK_THAT(text, Contains(shown));
      CHECK_THAT(text, Contains("script elements: 0"));
    }
    const std::string search = seen(server, "/cards?q=script");
    CHECK_THAT(search, Contains("1 cards match"));
    CHECK_THAT(search, !Contains("Mihai Georgescu"));
  }
  SECTION("a project card: fields, contacts, its order cards with their product lines") {
    const std::string text = seen(server, "/cards?q=100000042");
    CHECK_THAT(text, Contains("project | 100000042 | Kovács és Társa Kft. (Kovács Péter)"));
    const std::string card = seen(server, "/cards/3");
    CHECK_THAT(card, Contains("project card 3: 100000042"));
    CHECK_THAT(card, Contains("Business/VatNumber | 12345678-2-43"));
    CHECK_THAT(card, Contains("Contact 1"));
    CHECK_THAT(card, Contains("FirstName | Péter"));
    CHECK_THAT(card, Contains("Order card 4: 100001188"));
    CHECK_THAT(card, Contains("Product line 2 (Id 100001234)"));
    CHECK_THAT(card, Contains("Name | Presszó kávéfőző KF-200"));
    CHECK_THAT(card, Contains("Name | Kupon: \"tavasz10\""));
  }
}
