// syncfeed state on files that are not a state: one clear line, exit 2, and
// never SQLite's internal SQL.
#include <filesystem>

#include "sim_support.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

TEST_CASE("state check and state show on a file that is not a database: one line, exit 2") {
  TempFolder folder;
  const std::string not_a_database = (folder / "feed.xml").string();
  write_whole_file(not_a_database, "<?xml version=\"1.0\"?>\n<Projects/>\n" + std::string(4096, ' '));
  for (const char* what : {"check", "show"}) {
    CAPTURE(what);
    const ProcessResult r = run_syncfeed({"state", what, "--state", not_a_database});
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "syncfeed: state " + std::string(what) + ": " + not_a_database +
                       " is not a syncfeed state (not an SQLite database)\n");
  }
  CHECK(read_whole_file(not_a_database).rfind("<?xml", 0) == 0);  // and it is left as it was
}

TEST_CASE("plan and apply with a --state that is not a database: one line naming it, exit 2") {
  TempFolder folder;
  const std::string not_a_database = (folder / "state.db").string();
  write_whole_file(not_a_database, "not a database\n" + std::string(4096, 'x'));
  const std::string feed_path = (folder / "feed.xml").string();
  write_whole_file(feed_path, feed("<Project Id=\"1\"><Name>A</Name></Project>"));
  for (const char* what : {"plan", "apply"}) {
    CAPTURE(what);
    const ProcessResult r = run_syncfeed({what, "--state", not_a_database, feed_path});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "syncfeed " + std::string(what) + ": " + not_a_database +
                       " is not a syncfeed state (not an SQLite database)\n");
    CHECK(r.out.find("PRAGMA") == std::string::npos);
    CHECK(r.out.find("ATTACH") == std::string::npos);
  }
}
