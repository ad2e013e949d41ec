// Feeds in any encoding Xerces knows are read correctly; anything but UTF-8
// is reported (xml-encoding), because MiniCRM expects UTF-8.
#include <catch2/catch.hpp>

#include "recording_sink.h"
#include "support/run_process.h"

using namespace syncfeed;
using namespace syncfeed::test;

namespace {

const std::string kHungarian = "Árvíztűrő tükörfúrógép";  // ő and ű are not in Latin-1
const std::string kRomanian = "Știință și țară";          // ș and ț with comma below

std::string declared_feed(std::string_view encoding, std::string_view name) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"{}\"?>\n<Projects>\n  <Project Id=\"1\">\n    <Name>{}</Name>\n"
      "  </Project>\n</Projects>\n",
      encoding, name);
}

// UTF-8 to UTF-16LE or UTF-16BE, with a byte order mark.
std::string utf16_with_bom(std::string_view utf8, bool little_endian) {
  std::string out = little_endian ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
  auto unit = [&](char16_t u) {
    const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    i += n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(static_cast<char16_t>(0xD800 + (cp >> 10)));
      unit(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      unit(static_cast<char16_t>(cp));
    }
  }
  return out;
}

void check_read_with_encoding_finding(const RecordingSink& sink, const std::string& name) {
  CHECK(sink.summary.complete);
  REQUIRE(sink.projects.size() == 1);
  CHECK(sink.projects[0].value(Kind::Name) == name);
  CHECK(sink.projects[0].child(Kind::Name)->loc == Location{4, 5});
  REQUIRE(sink.findings.size() == 1);
  CHECK(sink.findings[0].rule == "xml-encoding");
  CHECK(sink.findings[0].loc == Location{1, 1});
}

}  // namespace

TEST_CASE("UTF-8, declared in either case or not at all, gives no finding") {
  for (const std::string& xml :
       {declared_feed("UTF-8", kHungarian), declared_feed("utf-8", kHungarian),
        std::string("<Projects><Project Id=\"1\"><Name>" + kHungarian + "</Name></Project></Projects>")}) {
    const RecordingSink sink = read_text(xml);
    CHECK(sink.findings.empty());
    REQUIRE(sink.projects.size() == 1);
    CHECK(sink.projects[0].value(Kind::Name) == kHungarian);
  }
}

TEST_CASE("UTF-16 with a byte order mark is read, and flagged") {
  const std::string name = kHungarian + " " + kRomanian + " 😀";
  for (const bool little_endian : {true, false}) {
    const RecordingSink sink = read_text(utf16_with_bom(declared_feed("UTF-16", name), little_endian));
    check_read_with_encoding_finding(sink, name);
    CHECK(sink.findings[0].message.find("UTF-16") != std::string::npos);
  }
}

TEST_CASE("UTF-16 with a byte order mark and no XML declaration is flagged too") {
  for (const bool little_endian : {true, false}) {
    const RecordingSink sink = read_text(utf16_with_bom(
        "<Projects><Project Id=\"1\"><Name>" + kRomanian + "</Name></Project></Projects>", little_endian));
    CHECK(sink.summary.complete);
    REQUIRE(sink.projects.size() == 1);
    CHECK(sink.projects[0].value(Kind::Name) == kRomanian);
    CHECK(sink.finding_lines() == std::vector<std::string>{"1:1 xml-encoding"});
    CHECK(sink.summary.encoding == (little_endian ? "UTF-16 (LE)" : "UTF-16 (BE)"));  // Xerces's names
  }
}

TEST_CASE("a file is probed for its encoding like a text in memory") {
  TempFolder folder;
  write_whole_file(folder / "utf16.xml", utf16_with_bom("<Projects/>", true));
  const RecordingSink sink = read_file((folder / "utf16.xml").string());
  CHECK(sink.summary.complete);
  CHECK(sink.finding_lines() == std::vector<std::string>{"1:1 xml-encoding"});
}

TEST_CASE("ISO-8859-2 is read, and flagged") {
  // "Árvíztűrő tükörfúrógép" in ISO-8859-2.
  const std::string latin2 = "\xC1rv\xEDzt\xFBr\xF5 t\xFCk\xF6rf\xFAr\xF3g\xE9p";
  const RecordingSink sink = read_text(declared_feed("ISO-8859-2", latin2));
  check_read_with_encoding_finding(sink, kHungarian);
  CHECK(sink.summary.encoding == "ISO-8859-2");
}

TEST_CASE("windows-1250 is read, and flagged") {
  // "Árvíztűrő „Ștefan”" in windows-1250 (which has ş with cedilla, not ș: MiniCRM's Romanian
  // text in this code page is spelt with the cedilla).
  const std::string cp1250 = "\xC1rv\xEDzt\xFBr\xF5 \x84\xAAtefan\x94";
  const RecordingSink sink = read_text(declared_feed("windows-1250", cp1250));
  check_read_with_encoding_finding(sink, "Árvíztűrő „Ştefan”");
}

TEST_CASE("bytes that are not in the declared encoding end the file with a finding, never a crash") {
  const RecordingSink sink = read_text(declared_feed("UTF-8", "bad \xC3\x28 byte"));
  CHECK_FALSE(sink.summary.complete);
  REQUIRE_FALSE(sink.findings.empty());
  CHECK(sink.findings.back().rule == "xml-not-well-formed");
}
