// The bundled corpus: every good feed reads without a finding, formats to a
// fixed point and round-trips; every broken feed gives exactly the findings
// its .expected file lists.
#include <catch2/catch.hpp>

#include <fstream>

#include "feed/writer.h"
#include "recording_sink.h"
#include "roundtrip/roundtrip.h"
#include "support/corpus_files.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// What `syncfeed fmt` writes for a feed, through the same reader and writer.
std::string canonical_of_text(const std::string& xml) {
  RecordingSink sink = read_text(xml);
  REQUIRE(sink.summary.complete);
  return canonical_document(sink.projects);
}

std::vector<std::string> expected_findings(const std::filesystem::path& feed) {
  std::filesystem::path expected = feed;
  expected.replace_extension(".expected");
  std::ifstream in(expected);
  REQUIRE(in.good());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#') lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("the corpus is there") {
  CHECK(corpus_feeds("good").size() >= 5);
  CHECK(corpus_feeds("broken").size() >= 7);
}

TEST_CASE("every good feed reads to the end without a finding") {
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const RecordingSink sink = read_file(path.string());
    CHECK(sink.summary.complete);
    CHECK(sink.summary.projects > 0);
    CHECK(sink.finding_lines() == std::vector<std::string>{});
  }
}

TEST_CASE("fmt is idempotent on the corpus: the canonical form of a canonical form is itself") {
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const std::string once = canonical_of_text(read_whole_file(path));
    CHECK(canonical_of_text(once) == once);
  }
}

TEST_CASE("canonical.xml is the canonical form of pretty.xml, and of itself") {
  const std::string canonical = read_whole_file(corpus_dir() / "good" / "canonical.xml");
  CHECK(canonical_of_text(read_whole_file(corpus_dir() / "good" / "pretty.xml")) == canonical);
  CHECK(canonical_of_text(canonical) == canonical);
}

TEST_CASE("the seed example and MiniCRM-plugin feed are already shaped as promised") {
  const std::string plugin = read_whole_file(corpus_dir() / "good" / "woocommerce-plugin.xml");
  CHECK(plugin.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?><Projects>", 0) == 0);
  CHECK(std::count(plugin.begin(), plugin.end(), '\n') == 1);  // one line, as the plugin writes it
  const std::string seed = read_whole_file(corpus_dir() / "good" / "seed-example.xml");
  CHECK(canonical_of_text(seed) == seed);
  const RecordingSink first = read_text(seed);
  REQUIRE(first.projects.size() == 2);
  CHECK(first.projects[0].id == "14353");
  CHECK(first.projects[1].id == "53566");
  const RecordingSink update = read_file((corpus_dir() / "good" / "seed-example-update.xml").string());
  REQUIRE(update.projects.size() == 1);
  CHECK(update.projects[0].id == "14353");
}

TEST_CASE("roundtrip passes on the whole good corpus") {
  for (const auto& path : corpus_feeds("good")) {
    CAPTURE(path);
    const RoundtripResult r = roundtrip_file(path.string());
    CHECK(r.ok());
    CHECK(r.projects > 0);
    // Comments (the generator feeds copy those of MiniCRM's sample file) are
    // not part of the model: the only thing a good feed may lose.
    for (const DroppedItem& item : r.dropped) CHECK(item.what == "comment");
  }
}

TEST_CASE("every broken feed gives exactly the findings of its .expected file") {
  for (const auto& path : corpus_feeds("broken")) {
    CAPTURE(path);
    const RecordingSink sink = read_file(path.string());
    CHECK(sink.finding_lines() == expected_findings(path));
  }
}

TEST_CASE("roundtrip reports a broken feed as not read to the end") {
  for (const auto& path : corpus_feeds("broken")) {
    CAPTURE(path);
    const RecordingSink sink = read_file(path.string());
    const RoundtripResult r = roundtrip_file(path.string());
    CHECK(r.ok() == sink.summary.complete);
  }
}
