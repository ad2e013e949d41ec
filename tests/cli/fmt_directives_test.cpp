// fmt keeps the suppression directives before the element they apply to, so
// that a formatted feed lints as the original did; fmt --write writes a
// symbolic link through to its target.
#include <nlohmann/json.hpp>

#include "command_golden.h"

using namespace syncfeed::test;

namespace {

// Fields out of canonical order (Orders before Name), a directive before
// <Projects> and one before a Product, and an ordinary comment.
const std::string kFeed = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- syncfeed-disable-file user-id-missing -->
<Projects>
  <Project Id="1">
    <Orders><Order Id="7"><Number>7</Number><CurrencyCode>HUF</CurrencyCode><Performance>2026-01-01</Performance>
      <Status>Completed</Status><Customer><Name>A</Name><CountryId>HU</CountryId><PostalCode>1</PostalCode>
      <City>B</City><Address>C</Address></Customer>
      <Products>
        <!-- exported by the shop -->
        <!-- syncfeed-disable price-negative -->
        <Product Id="3"><Name>Kupon</Name><PriceNet>-500</PriceNet><Quantity>1</Quantity><Unit>db</Unit><VAT>27%</VAT><FolderName>F</FolderName></Product>
        <Product Id="4"><Name>Kupon</Name><PriceNet>-100</PriceNet><Quantity>1</Quantity><Unit>db</Unit><VAT>27%</VAT><FolderName>F</FolderName></Product>
      </Products></Order></Orders>
    <Name>A</Name><CategoryId>21</CategoryId><StatusId>Registered</StatusId>
    <Contacts><Contact Id="1"><FirstName>A</FirstName></Contact></Contacts>
  </Project>
</Projects>
)";

// The findings of `lint --format json` without their lines and columns, which fmt moves.
nlohmann::json findings_without_places(const ProcessResult& r) {
  nlohmann::json findings = nlohmann::json::parse(r.out)["findings"];
  for (auto& f : findings) {
    f.erase("line");
    f.erase("column");
  }
  return findings;
}

ProcessOptions in(const std::filesystem::path& folder) {
  ProcessOptions o;
  o.working_folder = folder;
  return o;
}

}  // namespace

TEST_CASE("fmt --write keeps suppression directives before their elements: lint finds the same before and after") {
  TempFolder folder;
  write_whole_file(folder / "feed.xml", kFeed);
  const std::vector<std::string> lint = {"lint", "--no-config", "--format", "json", "feed.xml"};
  const ProcessResult before = run_syncfeed(lint, in(folder.path()));
  const auto expected = findings_without_places(before);
  REQUIRE(expected.size() == 1);  // Product 4's price; Product 3's and the missing UserId are suppressed
  CHECK(expected[0]["rule"] == "price-negative");
  CHECK(expected[0]["product_id"] == "4");

  const ProcessResult formatted = run_syncfeed({"fmt", "--write", "feed.xml"}, in(folder.path()));
  REQUIRE(formatted.exit_code == 0);
  const std::string text = read_whole_file(folder / "feed.xml");
  INFO(text);
  CHECK(text.find(
            "<Projects>\n  <!-- syncfeed-disable-file user-id-missing -->\n  <Project Id=\"1\">\n    <Name>A</Name>") !=
        std::string::npos);
  CHECK(text.find(
            "        <Products>\n          <!-- syncfeed-disable price-negative -->\n          <Product Id=\"3\">") !=
        std::string::npos);
  CHECK(text.find("exported by the shop") == std::string::npos);  // other comments are not kept

  CHECK(findings_without_places(run_syncfeed(lint, in(folder.path()))) == expected);
  // Idempotent: the formatted feed is canonical.
  CHECK(run_syncfeed({"fmt", "--check", "feed.xml"}, in(folder.path())).exit_code == 0);
}

TEST_CASE("fmt keeps a directive after the last element before </Projects>, and in an empty feed") {
  ProcessOptions o;
  o.stdin_text = "<Projects><Project Id=\"1\"><Name>A</Name></Project><!-- syncfeed-disable schema --></Projects>";
  ProcessResult r = run_syncfeed({"fmt"}, o);
  CHECK(
      r.out ==
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n  <Project Id=\"1\">\n    <Name>A</Name>\n  </Project>\n"
      "  <!-- syncfeed-disable schema -->\n</Projects>\n");
  o.stdin_text = "<Projects/>\n<!--syncfeed-disable-file schema-->\n";
  r = run_syncfeed({"fmt"}, o);
  CHECK(r.out ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n  <!--syncfeed-disable-file schema-->\n</Projects>\n");
}

TEST_CASE("roundtrip does not list kept directives as dropped; other comments still are") {
  TempFolder folder;
  write_whole_file(folder / "feed.xml", kFeed);
  const ProcessResult r = run_syncfeed({"roundtrip", "feed.xml"}, in(folder.path()));
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "feed.xml:9:9: note: not kept by the canonical form: comment\n"
        "feed.xml: ok: 1 project round-trips\n");
}

TEST_CASE("fmt --write through a symbolic link replaces its target, atomically, and the link stays") {
  TempFolder folder;
  std::filesystem::create_directories(folder / "real");
  write_whole_file(folder / "real/feed.xml", read_whole_file(source_dir() / "corpus/good/pretty.xml"));
  std::filesystem::create_symlink("real/feed.xml", folder / "link.xml");
  std::filesystem::create_symlink("link.xml", folder / "link2.xml");  // a chain of links

  const ProcessResult r = run_syncfeed({"fmt", "--write", "link2.xml"}, in(folder.path()));
  CHECK(r.exit_code == 0);
  CHECK(std::filesystem::is_symlink(folder / "link.xml"));
  CHECK(std::filesystem::is_symlink(folder / "link2.xml"));
  CHECK(read_whole_file(folder / "real/feed.xml") == read_whole_file(source_dir() / "corpus/good/canonical.xml"));
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder.path()))
    names.push_back(entry.path().lexically_relative(folder.path()).string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"link.xml", "link2.xml", "real", "real/feed.xml"});
}
