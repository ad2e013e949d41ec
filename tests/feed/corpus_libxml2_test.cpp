// Each good feed and its canonical form hold the same data, leaf by leaf, as
// seen by an independent XML parser (libxml2), not by our reader.
#include <catch2/catch.hpp>

#include "feed/writer.h"
#include "libxml2_leaves.h"
#include "recording_sink.h"
#include "support/corpus_files.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

std::string fmt_of(const std::string& xml) {
  RecordingSink sink = read_text(xml);
  REQUIRE(sink.summary.complete);
  return canonical_document(sink.projects);
}

// Leaves in one list and not in the other, for a readable failure.
std::vector<Leaf> only_in(const std::vector<Leaf>& a, const std::vector<Leaf>& b) {
  std::vector<Leaf> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Leaf> {
  static std::string convert(const Leaf& leaf) { return leaf.first + " = \"" + leaf.second + "\""; }
};
}  // namespace Catch

TEST_CASE("fmt keeps every leaf of every good feed, as libxml2 reads them") {
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const std::string original = read_whole_file(path);
    const std::vector<Leaf> before = libxml2_leaves(original);
    const std::vector<Leaf> after = libxml2_leaves(fmt_of(original));
    REQUIRE(before.size() > 5);
    CHECK(only_in(before, after) == std::vector<Leaf>{});
    CHECK(only_in(after, before) == std::vector<Leaf>{});
  }
}

TEST_CASE("the libxml2 comparison sees a changed value, a lost attribute, a lost element and a moved value") {
  const std::string pretty = read_whole_file(corpus_dir() / "good" / "pretty.xml");
  const std::string canonical = read_whole_file(corpus_dir() / "good" / "canonical.xml");
  const std::vector<Leaf> expected = libxml2_leaves(pretty);
  REQUIRE(libxml2_leaves(canonical) == expected);  // reordered and re-spelt, same data

  auto mutated = [&](std::string_view from, std::string_view to) {
    std::string text = canonical;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return libxml2_leaves(text);
  };
  CHECK(mutated("<City>Győr</City>", "<City>Gyor</City>") != expected);
  CHECK(mutated("<Name>Szabó Anna</Name>", "<Name>Szabó Anna </Name>") != expected);
  CHECK(mutated(" ablak=\"8-12\"", "") != expected);
  CHECK(mutated("<Enum1951>Hírlevél</Enum1951>", "") != expected);
  CHECK(mutated("<Product Id=\"311\">", "<Product Id=\"312\">") != expected);
  CHECK(mutated("<Megjegyzes>Hívjon <b>", "<Megjegyzes><b>Hívjon ") != expected);
  CHECK(mutated("<Ajandek/>", "<Ajandek></Ajandek>") == expected);  // the same empty value
}

TEST_CASE("the aliases are the canonical fields for libxml2 too") {
  const auto flat = libxml2_leaves(
      "<Projects><Project Id=\"1\"><WebshopDisabled>1</WebshopDisabled>"
      "<Business><Email>a@b</Email></Business></Project></Projects>");
  const auto nested = libxml2_leaves(
      "<Projects><Project Id=\"1\"><Business><Emails><Email><Value>a@b</Value></Email></Emails></Business>"
      "<Webshop_Disabled>1</Webshop_Disabled></Project></Projects>");
  CHECK(flat == nested);
}
