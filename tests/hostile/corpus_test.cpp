// Every feed of corpus/hostile/ through the built binary: lint ends it with
// exactly the findings of its .expected, each with a location, in bounded
// time and memory, and neither opens any file but the feed nor touches the
// network. Then every other command that reads a feed gets it too.
#include <nlohmann/json.hpp>

#include <fstream>

#include "feed/utf.h"
#include "hostile_support.h"
#include "support/corpus_files.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

// NAME.expected: "exit N", then one "line:column rule" per finding of a
// default lint run, in the order reported. Lines starting with # are comments.
struct Expected {
  int exit_code = -1;
  std::vector<std::string> findings;
};

Expected read_expected(const fs::path& feed) {
  fs::path path = feed;
  path.replace_extension(".expected");
  std::ifstream in(path);
  REQUIRE(in);
  Expected e;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("exit ", 0) == 0)
      e.exit_code = std::stoi(line.substr(5));
    else
      e.findings.push_back(line);
  }
  return e;
}

// The findings of `lint --format json` as "line:column rule"; every one must have a location.
std::vector<std::string> located_findings(const std::string& json_text) {
  const nlohmann::json report = nlohmann::json::parse(json_text);
  std::vector<std::string> out;
  for (const auto& f : report.at("findings")) {
    const int line = f.at("line").get<int>(), column = f.at("column").get<int>();
    CHECK(line >= 1);
    CHECK(column >= 1);
    out.push_back(fmt::format("{}:{} {}", line, column, f.at("rule").get<std::string>()));
  }
  return out;
}

}  // namespace

TEST_CASE("hostile corpus: lint reports the expected findings, bounded, touching nothing but the feed") {
  const std::vector<fs::path> feeds = corpus_feeds("hostile");
  REQUIRE(feeds.size() >= 20);
  for (const fs::path& feed : feeds) {
    DYNAMIC_SECTION(feed.filename().string()) {
      const Expected expected = read_expected(feed);
      const std::vector<std::string> argv = {syncfeed_binary(), "lint", "--no-config",
                                             "--format",        "json", feed.string()};
      const Measured m = run_measured(argv);
      check_bounded("lint " + feed.filename().string(), m);
      CHECK(m.exit_code == expected.exit_code);
      CHECK(located_findings(m.out) == expected.findings);
      check_touches_only(trace_access(argv), {feed});
    }
  }
}

TEST_CASE(
    "hostile corpus: lint's text output never carries a control character of the feed to the terminal, "
    "nor a byte that is not UTF-8") {
  for (const fs::path& feed : corpus_feeds("hostile")) {
    CAPTURE(feed.filename().string());
    const Measured m = run_measured({syncfeed_binary(), "lint", "--no-config", "--color", "never", feed.string()});
    for (char c : m.out) {
      const unsigned char b = static_cast<unsigned char>(c);
      if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
        FAIL_CHECK("control character " << int(b) << " in the output");
    }
    syncfeed::Utf8ErrorLocator utf8;
    if (!utf8.feed(m.out))
      FAIL_CHECK("a byte that is not UTF-8 in the output at line " << utf8.position().line << ", column "
                                                                   << utf8.position().column);
  }
}

TEST_CASE("hostile corpus: --xsd validates without loading the schema the feed points to") {
  const fs::path feed = hostile_dir() / "schema-location.xml";
  const std::vector<std::string> argv = {syncfeed_binary(), "lint", "--no-config", "--xsd", feed.string()};
  const Measured m = run_measured(argv);
  check_bounded("lint --xsd schema-location.xml", m);
  CHECK(m.exit_code == 0);
  check_touches_only(trace_access(argv), {feed});
}

TEST_CASE("hostile corpus: every command that reads a feed stays bounded and touches nothing else") {
  const fs::path clean = corpus_dir() / "lint" / "clean.xml";
  for (const fs::path& feed : corpus_feeds("hostile")) {
    const std::vector<std::vector<std::string>> commands = {
        {syncfeed_binary(), "fmt", feed.string()},
        {syncfeed_binary(), "roundtrip", feed.string()},
        {syncfeed_binary(), "plan", feed.string()},
        {syncfeed_binary(), "diff", clean.string(), feed.string()},
        {syncfeed_binary(), "delta", clean.string(), feed.string()},
    };
    for (const std::vector<std::string>& argv : commands) {
      DYNAMIC_SECTION(argv[1] << " " << feed.filename().string()) {
        const Measured m = run_measured(argv);
        check_bounded(argv[1] + " " + feed.filename().string(), m);
        CHECK(m.exit_code <= 2);
        check_touches_only(trace_access(argv), {feed, clean});
      }
    }
  }
}

TEST_CASE("hostile corpus: ]]> split across two CDATA sections is data, written back escaped") {
  const Measured fmt = run_measured({syncfeed_binary(), "fmt", (hostile_dir() / "cdata-split.xml").string()});
  CHECK(fmt.exit_code == 0);
  CHECK(fmt.out.find("<Megjegyzes>a]]&gt;b &lt;not-markup/&gt; &amp;amp;</Megjegyzes>") != std::string::npos);
  CHECK(run_measured({syncfeed_binary(), "roundtrip", (hostile_dir() / "cdata-split.xml").string()}).exit_code == 0);
}

// Found by diff_delta_fuzzer: Xerces lets the lead bytes F5-F7 through past
// its first block of input. diff then read a record back from the wrong bytes
// and said the file had changed while it was read; fmt wrote text that is not
// Unicode. Now every byte is checked as it is read.
TEST_CASE("hostile corpus: a byte past U+10FFFF deep in the feed ends it, for every command") {
  const fs::path feed = hostile_dir() / "utf8-beyond-10ffff.xml";
  const fs::path clean = corpus_dir() / "lint" / "clean.xml";
  const Measured fmt = run_measured({syncfeed_binary(), "fmt", feed.string()});
  CHECK(fmt.exit_code == 1);
  CHECK(fmt.err.find("16:14") != std::string::npos);
  CHECK(run_measured({syncfeed_binary(), "roundtrip", feed.string()}).exit_code == 1);
  CHECK(run_measured({syncfeed_binary(), "plan", feed.string()}).exit_code == 1);
  for (const auto& [old_feed, new_feed] : {std::pair(clean, feed), std::pair(feed, feed)}) {
    const Measured diff = run_measured({syncfeed_binary(), "diff", old_feed.string(), new_feed.string()});
    CHECK(diff.exit_code == 2);
    CHECK(diff.err.find("not well-formed") != std::string::npos);
    CHECK(diff.err.find("changed while") == std::string::npos);
  }
}
