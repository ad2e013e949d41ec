// Credentials: from the URL, --user, or a .netrc (--netrc-file, else ~/.netrc);
// wrong or missing ones are a 401 named with the password masked.
#include <catch2/catch.hpp>

#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

TEST_CASE("a protected feed: no credentials or wrong ones are a 401, the password never shown") {
  ServedFeeds s;
  const std::string plain = s.server.url("auth/pretty.xml");
  const ProcessResult none = run_syncfeed({"lint", plain}, {.env = {"HOME=" + s.folder.path().string()}});
  CHECK(none.exit_code == 2);
  CHECK(none.err == "syncfeed: cannot download " + plain + ": HTTP 401 Unauthorized\n");

  const ProcessResult wrong = run_syncfeed({"lint", s.server.url("auth/pretty.xml", "shop:wrong")});
  CHECK(wrong.exit_code == 2);
  CHECK(wrong.err ==
        "syncfeed: cannot download " + s.server.url("auth/pretty.xml", "shop:***") + ": HTTP 401 Unauthorized\n");
  const ProcessResult wrong_user = run_syncfeed({"lint", "--user", "shop:wrong", plain});
  CHECK(wrong_user.exit_code == 2);
  CHECK(wrong_user.err.find("wrong") == std::string::npos);
}

TEST_CASE("credentials from the URL, from --user, and from a .netrc") {
  ServedFeeds s;
  const std::string plain = s.server.url("auth/pretty.xml");
  CHECK(run_syncfeed({"lint", s.server.url("auth/pretty.xml", "shop:s3cret")}).exit_code == 0);
  CHECK(run_syncfeed({"lint", "--user", "shop:s3cret", plain}).exit_code == 0);
  // --user wins over the URL's.
  CHECK(run_syncfeed({"lint", "--user", "shop:s3cret", s.server.url("auth/pretty.xml", "shop:wrong")}).exit_code == 0);

  const std::string netrc = "machine 127.0.0.1\nlogin shop\npassword s3cret\n";
  write_whole_file(s.folder / "my-netrc", netrc);
  CHECK(run_syncfeed({"lint", "--netrc-file", s.file("my-netrc"), plain}).exit_code == 0);
  // ~/.netrc is read without being asked for, as wget and git do.
  write_whole_file(s.folder / ".netrc", netrc);
  CHECK(run_syncfeed({"lint", plain}, {.env = {"HOME=" + s.folder.path().string()}}).exit_code == 0);
  // Credentials given on the command line come first.
  CHECK(
      run_syncfeed({"lint", "--user", "shop:wrong", plain}, {.env = {"HOME=" + s.folder.path().string()}}).exit_code ==
      2);
}

TEST_CASE("credentials work the same for every command (plan, apply, fmt, diff)") {
  ServedFeeds s;
  const std::string url = s.server.url("auth/seed-example.xml");
  CHECK(run_syncfeed({"plan", "--user", "shop:s3cret", url}).exit_code == 0);
  CHECK(run_syncfeed({"apply", "--user", "shop:s3cret", "--state", s.file("s.db"), url}).exit_code == 0);
  CHECK(run_syncfeed({"fmt", "--user", "shop:s3cret", url}).exit_code == 0);
  CHECK(run_syncfeed({"diff", "--user", "shop:s3cret", url, s.file("seed-example.xml")}).exit_code == 0);
  CHECK(run_syncfeed({"roundtrip", "--user", "shop:s3cret", url}).exit_code == 0);
}
