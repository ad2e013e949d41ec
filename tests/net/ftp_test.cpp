// FTP, from Debian's pyftpdlib (python3-pyftpdlib): anonymous and with a
// user. (ftps:// is implicit TLS, which pyftpdlib does not serve: untested.)
#include <catch2/catch.hpp>

#include <filesystem>

#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

// Debian's python, which has Debian's pyftpdlib (scripts/install-deps).
std::string debian_python() { return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; }

}  // namespace

TEST_CASE("an ftp:// URL is read, anonymously or with the URL's credentials") {
  TempFolder folder;
  std::filesystem::copy_file(corpus_dir() / "good" / "pretty.xml", folder / "pretty.xml");
  FeedServer server(folder.path(), {"--ftp"}, debian_python());
  const std::string expected = run_syncfeed({"fmt", (folder / "pretty.xml").string()}).out;
  const ProcessResult anonymous = run_syncfeed({"fmt", server.url("pretty.xml")});
  CHECK(anonymous.exit_code == 0);
  CHECK(anonymous.out == expected);
  CHECK(run_syncfeed({"fmt", server.url("pretty.xml", "shop:s3cret")}).out == expected);
  CHECK(run_syncfeed({"fmt", "--user", "shop:s3cret", server.url("pretty.xml")}).out == expected);

  const ProcessResult wrong = run_syncfeed({"lint", server.url("pretty.xml", "shop:wrong")});
  CHECK(wrong.exit_code == 2);
  CHECK(line_count(wrong.err) == 1);
  CHECK(wrong.err.find("cannot download " + server.url("pretty.xml", "shop:***") + ": ") != std::string::npos);
  const ProcessResult missing = run_syncfeed({"lint", server.url("missing.xml")});
  CHECK(missing.exit_code == 2);
  CHECK(line_count(missing.err) == 1);
}
