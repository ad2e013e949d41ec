// The part plan's pass (feed/reader/part_plan.cpp) against the pass before it
// looked at sixteen bytes at a time (part_plan_reference.cpp): the same cuts,
// the same refusals for the same reasons, over generated feeds, damaged ones,
// and bytes swept across the 16-byte steps of its searches and UTF-8 check
// and across the edge of its 1 MiB window. (What a file read in parts tells
// its sink is parts_reader_test.cpp's.)
// Replay a failure with RC_PARAMS="seed=N" build/tests/test_feed "[part_plan]".
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <limits>

#include "feed/reader/part_plan.h"
#include "feed/writer.h"
#include "gen/any_model.h"
#include "part_plan_reference.h"
#include "recording_sink.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

std::string describe(const PartPlan& plan) {
  return fmt::format("size={} because='{}' cuts={}", plan.size, plan.serial_because, fmt::join(plan.cuts, ","));
}

struct Plans {
  std::string now, before;
};

// The plan of `text` by the pass and by the reference; the pass is advanced
// in steps of `step` bytes, as the parts reader advances it.
Plans plans_of(const std::string& text, std::uint64_t part_bytes,
               std::uint64_t step = std::numeric_limits<std::uint64_t>::max()) {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  write_whole_file(path, text);
  PartPlanner planner(path, part_bytes);
  for (std::uint64_t until = step; !planner.finished(); until = until > std::numeric_limits<std::uint64_t>::max() - step
                                                                    ? std::numeric_limits<std::uint64_t>::max()
                                                                    : until + step)
    planner.advance(until);
  return {describe(planner.plan()), describe(reference_plan_parts(path, part_bytes))};
}

// What a feed may hold that the pass must read right, or refuse as the reference does.
const std::vector<std::string>& troubles() {
  static const std::vector<std::string> all = {
      "<",                          // markup that does not end, or a stray '<'
      "</Project>",                 // an end tag out of place
      "<!-- </Project> > -- -->",   // a comment holding an end tag and '>'
      "<![CDATA[</Project> > ]]>",  // a CDATA section
      "<?pi </Project> > ?>",       // a processing instruction
      "<!-- syncfeed-disable project-name-missing -->",
      "<X a=\"</Project>\" b='>\"'/>",  // quotes holding '>', an end tag and the other quote
      "<X a='</Project>'>",             // a start tag left open
      "<!DOCTYPE Projects>",            // a declaration the plan does not take
      "\r\n",                           // line ends
      "\r",
      "\t",
      "é",  // two, three and four bytes
      "–",
      "😀",
      "\xC3(",  // not UTF-8
      "\x80",
      "\xC0\x80",
      "\xED\xA0\x80",
      "\xF5\x80\x80\x80",
      "\xF4\x90\x80\x80",
      "\xE2\x82",  // a sequence cut short
      "&x;",
      "'",
      "\"",
      ">",
      "<A#/>",  // bytes the pass's marks take for quotes (byte_search.h)
      "</A&>",
      "<A &>",
  };
  return all;
}

std::string damaged(std::string text) {
  const std::size_t at = *rc::gen::inRange<std::size_t>(0, text.size() + 1);
  if (*rc::gen::inRange(0, 10) == 0) return text.substr(0, at);  // truncated
  return text.insert(at, *rc::gen::elementOf(troubles()));
}

std::string projects_feed(int n, std::string_view inside = "<Name>x</Name>") {
  std::string body;
  for (int i = 0; i < n; ++i) body += fmt::format("  <Project Id=\"{}\">{}</Project>\n", i, inside);
  return feed(body);
}

}  // namespace

TEST_CASE("the plan's pass cuts and refuses as the reference pass does: generated and damaged feeds", "[part_plan]") {
  rc::prop("generated feeds", [] {
    const std::string text = canonical_document(*arbitrary::any_projects_with_directives());
    const Plans plans = plans_of(text, *rc::gen::inRange<std::uint64_t>(1, 400));
    RC_ASSERT(plans.now == plans.before);
  });
  rc::prop("damaged generated feeds, the pass advanced in steps", [] {
    std::string text = canonical_document(*arbitrary::any_projects_with_directives());
    const int damages = *rc::gen::inRange(1, 5);
    for (int i = 0; i < damages; ++i) text = damaged(std::move(text));
    const Plans plans =
        plans_of(text, *rc::gen::inRange<std::uint64_t>(1, 400), *rc::gen::inRange<std::uint64_t>(1, 2000));
    RC_ASSERT(plans.now == plans.before);
  });
}

TEST_CASE("the plan's pass cuts and refuses as the reference pass does: every trouble at every offset", "[part_plan]") {
  // Sixty-four places in a row cross every 8- and 16-byte step of the searches
  // and of the UTF-8 check, in text, in tags, in attribute values and at the
  // cuts (the feed is short: a file's offsets are its window's).
  const std::string text = projects_feed(6, "<Name a=\"v\">xé</Name><X/>");
  const std::size_t from = text.find("<Project Id=\"2\">") - 20;
  std::size_t compared = 0, refused = 0;
  for (const std::string& trouble : troubles()) {
    for (std::size_t at = from; at < from + 64; ++at) {
      const Plans plans = plans_of(std::string(text).insert(at, trouble), 1);
      CHECK(plans.now == plans.before);
      ++compared;
      if (plans.now.find("because=''") == std::string::npos) ++refused;
    }
  }
  CHECK(refused > 0);             // the troubles make it refuse (not UTF-8, a DOCTYPE)
  CHECK(refused < compared / 2);  // and mostly not: the cuts are compared too
}

TEST_CASE("the plan's pass cuts and refuses as the reference pass does: across the edge of its window", "[part_plan]") {
  // The pass reads the file a megabyte at a time: markup, a character of
  // several bytes or a byte that is not UTF-8 may stand across the edge.
  const std::string text = projects_feed(16000, "<Name a=\"x>y\">Irina Constantinescu</Name><City>Galați</City>");
  REQUIRE(text.size() > (1u << 20) + 1000);
  constexpr std::size_t kEdge = 1u << 20;
  SECTION("markup across the edge") {
    for (std::size_t shift = 0; shift < 64; ++shift) {
      const Plans plans =
          plans_of(std::string(text).insert(text.find("<Name"), std::string(shift, ' ')), 100000, 300000);
      CHECK(plans.now == plans.before);
      CHECK(plans.now.find("because=''") != std::string::npos);
    }
  }
  SECTION("characters and bytes that are not UTF-8 across the edge") {
    for (const std::string trouble : {"😀", "–", "\xC3(", "\xE2\x82", "<![CDATA[</Project>]]>", "<!-- -->"}) {
      for (std::size_t at = kEdge - 6; at < kEdge + 6; ++at) {
        const Plans plans = plans_of(std::string(text).insert(at, trouble), 100000, 300000);
        CHECK(plans.now == plans.before);
      }
    }
  }
}

TEST_CASE("the plan's pass finds the cuts of the reference pass in a feed of every kind of markup", "[part_plan]") {
  std::string text = projects_feed(50, "<Name a='>' b=\"</Project>\">é – 😀</Name><!-- > --><![CDATA[<]]><?p >?>");
  text.insert(text.find("<Project Id=\"10\">"),
              "<Project Id=\"x\"><Name>y</Name></Project>\r\n");  // no comment in it: a cut
  const Plans plans = plans_of(text, 1);
  CHECK(plans.now == plans.before);
  CHECK(plans.now.find("cuts=") + 5 < plans.now.size());  // it cut
}
