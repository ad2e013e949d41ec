// Legal feeds in other encodings: read correctly (a Hungarian name with ő and ű
// survives), flagged by xml-encoding (corpus_test.cpp checks the finding), and
// fmt writes them as the same UTF-8 feed.
#include "hostile_support.h"

using namespace syncfeed::test;

TEST_CASE("UTF-16 (LE and BE, with a byte order mark) and ISO-8859-2 feeds format to the same UTF-8") {
  std::vector<std::string> formatted;
  for (const std::string name : {"utf-16le.xml", "utf-16be.xml", "iso-8859-2.xml"}) {
    CAPTURE(name);
    const std::string feed = (hostile_dir() / name).string();
    const Measured fmt = run_measured({syncfeed_binary(), "fmt", feed});
    check_bounded("fmt " + name, fmt);
    CHECK(fmt.exit_code == 0);
    CHECK(fmt.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
    CHECK(fmt.out.find("<Name>K\xC5\x91m\xC5\xB1ves T\xC5\xB1zolt\xC3\xB3 \xC3\x96\x64\xC3\xB6n</Name>") !=
          std::string::npos);
    formatted.push_back(fmt.out);

    const Measured roundtrip = run_measured({syncfeed_binary(), "roundtrip", feed});
    CHECK(roundtrip.exit_code == 0);
  }
  CHECK(formatted[0] == formatted[1]);
  CHECK(formatted[0] == formatted[2]);

  // The UTF-8 output is canonical, and lint no longer flags the encoding.
  TempFolder folder;
  write_whole_file(folder / "utf-8.xml", formatted[0]);
  CHECK(run_measured({syncfeed_binary(), "fmt", "--check", (folder / "utf-8.xml").string()}).exit_code == 0);
  const Measured lint = run_measured({syncfeed_binary(), "lint", "--no-config", (folder / "utf-8.xml").string()});
  CHECK(lint.exit_code == 0);
  CHECK(lint.out.find("xml-encoding") == std::string::npos);
}
