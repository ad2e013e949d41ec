// --jobs: lint, fmt and roundtrip of one file read in parts on several
// threads print, write and exit exactly as --jobs 1 (docs/parallel.md). The
// parts are forced small (SYNCFEED_PART_BYTES) so that every feed here is cut.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "feed/reader/part_plan.h"
#include "support/corpus_files.h"
#include "support/edge_key_feed.h"
#include "support/run_syncfeed.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

// Every command and output format that reads one feed.
const std::vector<std::vector<std::string>> kCommands = {
    {"lint", "--no-config", "--max-findings-per-rule", "0"},
    {"lint", "--no-config"},
    {"lint", "--no-config", "--format", "json"},
    {"lint", "--no-config", "--format", "sarif"},
    {"lint", "--no-config", "--format", "junit"},
    {"lint", "--no-config", "--format", "github"},
    {"lint", "--no-config", "--statistics"},
    {"fmt"},
    {"roundtrip"},
};

ProcessResult run(std::vector<std::string> args, const std::string& jobs, const std::string& file,
                  const std::string& part_bytes) {
  args.insert(args.end(), {"--jobs", jobs, file});
  ProcessOptions options;
  if (!part_bytes.empty()) options.env.push_back("SYNCFEED_PART_BYTES=" + part_bytes);
  return run_syncfeed(args, options);
}

// The same exit code and the same bytes on both outputs, each way.
void check_same_each_way(const std::string& file, const std::string& part_bytes) {
  for (const auto& command : kCommands) {
    const ProcessResult one = run(command, "1", file, "");
    const ProcessResult parts = run(command, "2", file, part_bytes);
    INFO(command.front() << " " << (command.size() > 2 ? command[2] : "") << " " << file << " parts of " << part_bytes
                         << " bytes");
    CHECK(parts.exit_code == one.exit_code);
    CHECK(parts.out == one.out);
    CHECK(parts.err == one.err);
  }
}

std::vector<fs::path> every_corpus_feed() {
  std::vector<fs::path> all;
  for (const char* folder : {"good", "broken", "hostile", "lint"})
    for (const fs::path& f : corpus_feeds(folder)) all.push_back(f);
  return all;
}

}  // namespace

TEST_CASE("--jobs: the corpus, hostile feeds included, gives the same output in parts") {
  for (const fs::path& feed : every_corpus_feed())
    for (const char* part_bytes : {"1", "700"})
      check_same_each_way(fs::relative(feed, source_dir()).string(), part_bytes);
}

TEST_CASE("--jobs: generated feeds with defects give the same output in parts") {
  TempFolder folder;
  for (const std::string seed : {"1", "2", "3"}) {
    const fs::path feed = folder / ("gen-" + seed + ".xml");
    std::vector<std::string> args{"gen", "--seed", seed, "--projects", "40", "--edge-values", "--defect-rate", "0.1"};
    // Every defect that keeps the feed readable to its end, so that the whole file is compared.
    for (const char* rule : {"project-id-duplicate", "email-format", "schema", "unknown-element", "field-repeated",
                             "quantity-invalid", "ean-checksum", "email-duplicate", "order-id-duplicate"})
      args.insert(args.end(), {"--defect", rule});
    args.insert(args.end(), {"-o", feed.string()});
    const ProcessResult made = run_syncfeed(args);
    REQUIRE(made.exit_code == 0);
    CHECK(plan_parts(feed.string(), 2000).cuts.size() >= 10);  // it is cut
    check_same_each_way(feed.string(), "2000");
    check_same_each_way(feed.string(), "1");
  }
}

TEST_CASE(
    "--jobs: keys that are empty, non-ASCII or longer than a digest's first block give the same output in parts") {
  // A part's thread copies each project's keys into the project's digest
  // (rules/digest_arena.h): here they overflow its first block.
  TempFolder folder;
  const fs::path feed = folder / "edge-keys.xml";
  write_whole_file(feed, edge_key_feed());
  REQUIRE(plan_parts(feed.string(), 1).cuts.size() >= 7);  // each project in a part of its own
  const ProcessResult one = run({"lint", "--no-config", "--max-findings-per-rule", "0"}, "1", feed.string(), "");
  for (const auto& [rule, count] : edge_key_findings()) {
    CAPTURE(rule);
    std::size_t found = 0;
    for (std::size_t at = one.out.find("[" + rule + "]\n"); at != std::string::npos;
         at = one.out.find("[" + rule + "]\n", at + 1))
      ++found;
    CHECK(found == static_cast<std::size_t>(count));
  }
  check_same_each_way(feed.string(), "1");
}

TEST_CASE("--jobs: suppression directives anywhere cover the cross-record findings as in one piece") {
  // A part's thread keeps of each project only what the whole-feed rules and
  // the suppressions need (docs/parallel.md): the places of its elements only
  // for the projects a directive may wait for.
  // Every project repeats an e-mail, an order id and a CategoryId of another
  // one; every fifth has a directive: before it, before an element inside
  // it, after its last element (it then waits for the next project), or
  // after its end tag.
  TempFolder folder;
  const fs::path feed = folder / "directives.xml";
  const char* places[] = {"before", "inside", "after-last", "after-end"};
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n";
  for (int i = 1; i <= 60; ++i) {
    const std::string place = i % 5 == 0 ? places[(i / 5) % 4] : "";
    const std::string rule = i % 3 == 0 ? "email-duplicate" : (i % 3 == 1 ? "order-id-duplicate" : "category-id-mixed");
    const std::string directive = "<!-- syncfeed-disable " + rule + " -->";
    if (place == "before") text += "  " + directive + "\n";
    text += "  <Project Id=\"" + std::to_string(i) + "\"><Name>Shop</Name>";
    text += "<CategoryId>" + std::string(i % 5 == 0 ? "7" : "21") + "</CategoryId>\n";
    if (place == "inside") text += "    " + directive + "\n";
    text += "    <Contacts><Contact><FirstName>A</FirstName><Emails><Email><Value>same" + std::to_string(i % 3) +
            "@example.hu</Value></Email></Emails></Contact></Contacts>\n";
    text += "    <Orders><Order Id=\"O" + std::to_string(i % 4) + "\"><Performance>2024-01-0" +
            std::to_string(1 + i % 9) + "</Performance></Order></Orders>";
    if (place == "after-last") text += directive;
    text += "\n  </Project>" + std::string(place == "after-end" ? directive : "") + "\n";
  }
  text += "</Projects>\n";
  write_whole_file(feed, text);
  const ProcessResult one = run_syncfeed({"lint", "--no-config", "--jobs", "1", feed.string()});
  REQUIRE(one.exit_code == 1);
  REQUIRE(one.out.find("email-duplicate") != std::string::npos);     // some are not covered
  REQUIRE(one.out.find("unused-suppression") != std::string::npos);  // and some directives cover nothing
  for (const char* part_bytes : {"1", "150", "300", "700", "1000", "1500", "2000"})
    check_same_each_way(feed.string(), part_bytes);
}

TEST_CASE("--jobs: a reason to read in one piece found late, after parts were told, gives what one piece gives") {
  // The plan goes on as the parts are told: a feed of about 4 MB whose
  // trouble stands near its end has told more than a megabyte of parts, their
  // projects checked by the rules in the parts, when the plan finds it; the
  // file is then read again in one piece, what was told skipped, the rest
  // checked on the calling thread (docs/parallel.md).
  TempFolder folder;
  const fs::path made = folder / "gen.xml";
  const ProcessResult r =
      run_syncfeed({"gen", "--seed", "4", "--projects", "1300", "--defect-rate", "0.1", "--defect", "email-format",
                    "--defect", "email-duplicate", "--defect", "quantity-invalid", "-o", made.string()});
  REQUIRE(r.exit_code == 0);
  const std::string text = read_whole_file(made);
  REQUIRE(text.size() > (3u << 20));
  const std::size_t late = text.find("<Project ", text.size() / 10 * 9);
  REQUIRE(late != std::string::npos);
  for (const char* trouble : {"<!-- \xC3( -->", "<!DOCTYPE Projects>"}) {
    const fs::path feed = folder / "late.xml";
    write_whole_file(feed, std::string(text).insert(late, trouble));
    check_same_each_way(feed.string(), "2000");
  }
}

TEST_CASE(
    "--jobs: a feed that is not well-formed in its third part reports what one piece reports, and fmt -o writes "
    "nothing") {
  TempFolder folder;
  const fs::path feed = folder / "broken.xml";
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n";
  for (int i = 1; i <= 9; ++i)
    text += "  <Project Id=\"" + std::to_string(i) + "\">\n    <Name>" + (i == 3 ? "a < b" : "Shop") +
            "</Name>\n  </Project>\n";
  text += "</Projects>\n";
  write_whole_file(feed, text);
  REQUIRE(plan_parts(feed.string(), 1).cuts.size() >= 2);  // parts 1 and 2 end before the third record
  check_same_each_way(feed.string(), "1");

  const fs::path out = folder / "out.xml";
  ProcessOptions options;
  options.env.push_back("SYNCFEED_PART_BYTES=1");
  const ProcessResult r = run_syncfeed({"fmt", "--jobs", "2", feed.string(), "-o", out.string()}, options);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("broken.xml:10:") != std::string::npos);  // the line of `a < b`
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("--jobs takes a whole number from 1 on, in lint, fmt and roundtrip") {
  for (const char* command : {"lint", "fmt", "roundtrip"}) {
    const ProcessResult r = run_syncfeed({command, "--jobs", "0", "corpus/good/pretty.xml"});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("--jobs") != std::string::npos);
  }
}
