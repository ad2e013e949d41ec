// A file read in parts (ReadOptions::jobs > 1; docs/parallel.md) tells its
// sink exactly what a reading in one piece tells it: the same projects with
// the same locations and directives, the same findings, comments, dropped
// things and strays, in the same order, and the same summary. The part size
// is forced small (SYNCFEED_PART_BYTES) so that small feeds are cut.
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <functional>

#include "feed/reader/part_plan.h"
#include "feed/writer.h"
#include "gen/any_model.h"
#include "recording_sink.h"
#include "support/temp_folder.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

// SYNCFEED_PART_BYTES set for the scope.
class ForcedPartBytes {
 public:
  explicit ForcedPartBytes(std::uint64_t bytes) { ::setenv("SYNCFEED_PART_BYTES", std::to_string(bytes).c_str(), 1); }
  ~ForcedPartBytes() { ::unsetenv("SYNCFEED_PART_BYTES"); }
};

std::string where(const Location& l) { return fmt::format("{}:{}", l.line, l.column); }

// Everything of an element, locations, aliases and directives included (== ignores them).
std::string describe(const Element& e) {
  std::string out = fmt::format("[{} {} alias={} dirs={}|", where(e.loc), canonical_element(e), e.alias,
                                fmt::join(e.directives, "/"));
  for (const Element& c : e.children) out += describe(c);
  return out + "]";
}

std::vector<std::string> transcript(const RecordingSink& s) {
  std::vector<std::string> out;
  out.push_back(fmt::format("opened={} complete={} encoding={} projects={} trailing={} io={}", s.summary.opened,
                            s.summary.complete, s.summary.encoding, s.summary.projects,
                            fmt::join(s.summary.trailing_directives, "/"), s.summary.io_error));
  for (const Element& p : s.projects) out.push_back("project " + describe(p));
  for (const Finding& f : s.findings)
    out.push_back(fmt::format("finding {} {} {} [{}|{}|{}|{}]", where(f.loc), f.rule, f.message, f.project_id,
                              f.order_id, f.product_id, f.field));
  for (const Noted& n : s.comments) out.push_back(fmt::format("comment {} {}", where(n.loc), n.what));
  for (const Noted& n : s.dropped) out.push_back(fmt::format("dropped {} {}", where(n.loc), n.what));
  for (const auto& st : s.strays)
    out.push_back(fmt::format("stray {} {} {} {} {}", describe(st.element), tag(st.list), st.project_id, st.order_id,
                              st.product_id));
  return out;
}

// The events of a reading in one piece and in parts of `part_bytes`; the number of parts.
struct BothWays {
  std::vector<std::string> serial, parts;
  std::size_t cuts = 0;
};

BothWays read_both_ways(const std::string& text, std::uint64_t part_bytes) {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  write_whole_file(path, text);
  BothWays both;
  ReadOptions one;
  one.jobs = 1;
  both.serial = transcript(read_file(path, one));
  ForcedPartBytes forced(part_bytes);
  ReadOptions many;
  many.jobs = 3;
  both.parts = transcript(read_file(path, many));
  both.cuts = plan_parts(path, part_bytes).cuts.size();
  return both;
}

std::string projects_feed(int n, std::string_view inside = "<Name>x</Name>") {
  std::string body;
  for (int i = 0; i < n; ++i) body += fmt::format("  <Project Id=\"{}\">{}</Project>\n", i, inside);
  return feed(body);
}

PartPlan plan_of(const std::string& text, std::uint64_t part_bytes = 1) {
  TempFolder folder;
  const std::string path = (folder / "feed.xml").string();
  write_whole_file(path, text);
  return plan_parts(path, part_bytes);
}

// Damage a feed the way hostile and broken feeds are damaged, at a random place.
std::string damaged(std::string text) {
  const std::size_t at = *rc::gen::inRange<std::size_t>(0, text.size() + 1);
  const int how = *rc::gen::inRange(0, 12);
  switch (how) {
    case 0: return text.substr(0, at);  // truncated
    case 1: return text.insert(at, "<");
    case 2: return text.insert(at, "\xC3(");  // not UTF-8
    case 3: return text.insert(at, "<!-- </Project> -->");
    case 4: return text.insert(at, "<![CDATA[</Project>]]>");
    case 5: return text.insert(at, "<?pi </Project>?>");
    case 6: return text.insert(at, "<!-- syncfeed-disable project-name-missing -->");
    case 7: return text.insert(at, "\r\n\t");
    case 8: return text.insert(at, "&x;");
    case 9: return text.insert(at, "<Stray a=\"</Project>\"/>");
    case 10: return text.insert(at, "</Project>");
    default: return text.insert(at, "\xF0\x9F\x98\x80");  // outside the BMP: two columns
  }
}

}  // namespace

TEST_CASE("a file read in parts tells the sink what one piece tells it", "[parts]") {
  SECTION("projects, locations, findings") {
    const BothWays both = read_both_ways(projects_feed(20, "<Name>x</Name><Unknown a=\"1\">é😀</Unknown>"), 100);
    CHECK(both.cuts >= 5);
    CHECK(both.parts == both.serial);
  }
  SECTION("CR LF and CR line ends, lines that run across a cut") {
    std::string text = projects_feed(10);
    for (std::size_t i = 0; (i = text.find("\n", i)) != std::string::npos; i += 2) text.replace(i, 1, "\r\n");
    text.insert(text.find("</Project>") + 10, "\r");
    const BothWays both = read_both_ways(text, 50);
    CHECK(both.cuts >= 3);
    CHECK(both.parts == both.serial);
  }
  SECTION("a feed on one line") {
    std::string text = projects_feed(10);
    std::erase(text, '\n');
    const BothWays both = read_both_ways(text, 60);
    CHECK(both.cuts >= 3);
    CHECK(both.parts == both.serial);
  }
  SECTION("a feed on one line after a byte order mark") {
    std::string text = "\xEF\xBB\xBF" + projects_feed(10);
    std::erase(text, '\n');
    const BothWays both = read_both_ways(text, 60);
    CHECK(both.cuts >= 3);
    CHECK(both.parts == both.serial);
  }
  SECTION("two records a line: a part starts in the middle of a line") {
    std::string text = projects_feed(12);
    for (std::size_t i = 0; (i = text.find("</Project>\n", i)) != std::string::npos; i += 20) text.erase(i + 10, 1);
    const BothWays both = read_both_ways(text, 1);
    CHECK(both.cuts >= 5);
    CHECK(both.parts == both.serial);
  }
  SECTION("not well-formed in the third part: the first error, nothing after it") {
    std::string text = projects_feed(12);
    text.insert(text.find("<Project Id=\"2\">") + 16, "<Name>unclosed");
    text.insert(text.find("<Project Id=\"9\">") + 16, "<Bad");
    const BothWays both = read_both_ways(text, 1);
    CHECK(both.cuts == 2);  // after the first and the second record: the third part holds the error
    CHECK(both.parts == both.serial);
    REQUIRE(both.serial.size() > 1);
    CHECK(both.serial[0].find("complete=false") != std::string::npos);
    CHECK(both.serial[0].find("projects=2 ") != std::string::npos);
  }
  SECTION("suppression directives stay with their element across parts") {
    std::string text = projects_feed(12);
    text.insert(text.find("<Project Id=\"3\">"), "<!-- syncfeed-disable project-name-missing -->\n  ");
    text.insert(text.find("</Project>", text.find("<Project Id=\"5\">")), "<!-- syncfeed-disable x -->");
    text.insert(text.find("</Projects>"), "<!-- syncfeed-disable-file y -->\n");
    const BothWays both = read_both_ways(text, 1);
    CHECK(both.cuts >= 5);
    CHECK(both.parts == both.serial);
  }
}

TEST_CASE("a reason to read in one piece found late, after parts were told, gives what one piece gives", "[parts]") {
  // The plan goes on as the parts are told (parts_reader.h): a feed of about
  // 4 MB whose trouble stands near its end has told more than a megabyte of
  // parts when the plan finds it, and is read again in one piece, what was
  // told skipped.
  const std::string projects = projects_feed(90000, "<Name>x</Name><Email>a@b.ro</Email>");
  REQUIRE(projects.size() > (3u << 20));
  const std::size_t late = projects.find("<Project Id=\"85000\">");
  auto with = [&](std::string_view trouble) { return std::string(projects).insert(late, trouble); };
  SECTION("a byte that is not UTF-8") {
    const BothWays both = read_both_ways(with("<!-- \xC3( -->"), 1000);
    CHECK(both.parts == both.serial);
    CHECK(both.serial[0].find("complete=false") != std::string::npos);
  }
  SECTION("a DOCTYPE") {
    const BothWays both = read_both_ways(with("<!DOCTYPE Projects>"), 1000);
    CHECK(both.parts == both.serial);
  }
  SECTION("markup longer than the plan takes") {
    const BothWays both = read_both_ways(with("<!-- " + std::string(kMaxPlannedMarkup + 10, 'x') + " -->"), 1000);
    CHECK(both.parts == both.serial);
    CHECK(both.serial[0].find("complete=true") != std::string::npos);
    CHECK(both.serial[0].find("projects=90000 ") != std::string::npos);
  }
  SECTION("a record longer than a part may be") {
    const BothWays both = read_both_ways(
        with("<Project Id=\"big\"><Name>" + std::string(kMaxPartBytes, 'x') + "</Name></Project>"), 1000);
    CHECK(both.parts == both.serial);
    CHECK(both.serial[0].find("projects=90001 ") != std::string::npos);
  }
}

TEST_CASE("a file read in parts: properties over generated feeds", "[parts]") {
  rc::prop("generated feeds, cut small, read alike", [] {
    const std::string text = canonical_document(*arbitrary::any_projects_with_directives());
    const BothWays both = read_both_ways(text, *rc::gen::inRange<std::uint64_t>(1, 400));
    RC_ASSERT(both.parts == both.serial);
  });
  rc::prop("damaged generated feeds, cut small, read alike", [] {
    std::string text = canonical_document(*arbitrary::any_projects_with_directives());
    const int damages = *rc::gen::inRange(1, 4);
    for (int i = 0; i < damages; ++i) text = damaged(std::move(text));
    const BothWays both = read_both_ways(text, *rc::gen::inRange<std::uint64_t>(1, 400));
    RC_ASSERT(both.parts == both.serial);
  });
}

TEST_CASE("a file read in parts: the generated feeds are cut", "[parts]") {
  // The properties above could not fail if nothing were cut.
  std::size_t cut = 0, total = 0;
  rc::prop("generated feeds are cut", [&] {
    const std::string text = canonical_document(*arbitrary::any_projects());
    ++total;
    if (!plan_of(text, 100).cuts.empty()) ++cut;
  });
  CHECK(cut * 4 > total);
}

TEST_CASE("the plan cuts after a record in <Projects>, and only there", "[parts]") {
  const std::string text = projects_feed(3);
  const PartPlan plan = plan_of(text);
  REQUIRE(plan.serial_because.empty());
  REQUIRE(plan.cuts.size() == 3);
  for (std::uint64_t cut : plan.cuts) CHECK(text.substr(cut - 10, 10) == "</Project>");

  SECTION("not inside comments, CDATA, processing instructions or attribute values") {
    const PartPlan p =
        plan_of(feed("<Project Id=\"1\"><X a='</Project>'/><X b=\"></Project>\"/><X><![CDATA[</Project>]]></X>"
                     "<?pi </Project> ?></Project>\n<Project Id=\"2\"/>"));
    CHECK(p.cuts.size() == 1);
  }
  SECTION("not after a nested </Project> (an order's)") {
    const PartPlan p =
        plan_of(feed("<Project Id=\"1\"><Orders><Order Id=\"1\"><Project>p</Project></Order></Orders>"
                     "</Project>\n<Project Id=\"2\"><Name>x</Name></Project>\n"));
    REQUIRE(p.cuts.size() == 2);
  }
  SECTION("not after a record holding a comment: a directive may wait for the next element") {
    CHECK(plan_of(feed("<Project Id=\"1\"><!-- c --></Project><Project Id=\"2\"/>")).cuts.empty());
  }
  SECTION("parts of at least the size asked") {
    const PartPlan p = plan_of(projects_feed(100), 500);
    REQUIRE(p.cuts.size() >= 2);
    for (std::size_t i = 1; i < p.cuts.size(); ++i) CHECK(p.cuts[i] - p.cuts[i - 1] >= 500);
  }
}

TEST_CASE("what the plan is not sure about is read in one piece", "[parts]") {
  const std::string projects = "<Project Id=\"1\"/>\n<Project Id=\"2\"><Name>x</Name></Project>\n<Project Id=\"3\"/>\n";
  auto reason = [](const std::string& text) { return plan_of(text).serial_because; };
  CHECK(reason("<!DOCTYPE Projects>\n<Projects>" + projects + "</Projects>") != "");
  CHECK(reason("<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><Projects>" + projects + "</Projects>") != "");
  CHECK(reason("<?xml version=\"1.1\"?><Projects>" + projects + "</Projects>") != "");
  CHECK(reason("\xFF\xFE<\0P\0") != "");
  CHECK(reason("<Projects>" + projects + "<Project Id=\"4\"><Name>\xC3(</Name></Project></Projects>") != "");
  CHECK(reason("<Feed>" + projects + "</Feed>") != "");
  CHECK(reason("<Projects>" + projects + "<!-- " + std::string(kMaxPlannedMarkup + 10, 'x') + " --></Projects>") != "");
  CHECK(reason("<Projects>" + projects + "<!-- never ends") != "");
  CHECK(reason("<Projects>" + projects + "<Project><Name>" + std::string(kMaxPartBytes, 'x') + "</Name></Project>" +
               projects + "</Projects>") != "");
  CHECK(reason("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?><Projects>" + projects + "</Projects>") == "");
}
