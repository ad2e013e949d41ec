// A download that fails, whatever the command: exit 2, one line on standard
// error that names the URL (password masked), the status and the cause;
// nothing written (fmt -o, delta -o), the state unchanged (apply).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

// Every command that reads a feed, reading `url` (and a file beside it where it takes two).
std::vector<std::vector<std::string>> commands_reading(const std::string& url, const ServedFeeds& s) {
  const std::string other = s.file("pretty.xml");
  return {{"lint", url},        {"fmt", url},         {"fmt", "--check", url},
          {"roundtrip", url},   {"plan", url},        {"apply", "--state", s.file("never.db"), url},
          {"diff", other, url}, {"delta", url, other}};
}

// The one line of `err`, and that it is one and holds `expected`.
void check_one_line(const ProcessResult& r, const std::string& expected) {
  CAPTURE(r.err);
  CHECK(r.exit_code == 2);
  CHECK(line_count(r.err) == 1);
  CHECK(r.err.find(expected) != std::string::npos);
}

}  // namespace

TEST_CASE("an HTTP error status: exit 2, one line with the URL and the status, for every command") {
  ServedFeeds s;
  for (const auto& [path, status] :
       std::vector<std::pair<std::string, std::string>>{{"status/404", "HTTP 404 Not Found"},
                                                        {"status/500", "HTTP 500 Internal Server Error"},
                                                        {"status/403", "HTTP 403 Forbidden"}}) {
    const std::string url = s.server.url(path);
    for (const auto& command : commands_reading(url, s)) {
      CAPTURE(command);
      const ProcessResult r = run_syncfeed(command);
      check_one_line(r, "cannot download " + url + ": " + status + "\n");
      // The error page is never read as a feed.
      CHECK(r.out.find("not well-formed") == std::string::npos);
      CHECK(r.err.find("not well-formed") == std::string::npos);
    }
  }
  CHECK_FALSE(fs::exists(s.file("never.db")));
}

TEST_CASE("a refused connection: exit 2, one line with the URL and the cause") {
  // Port 1 on 127.0.0.1: nothing listens there (it is privileged and unused).
  const ProcessResult r = run_syncfeed({"lint", "http://shop:s3cret@127.0.0.1:1/feed.xml"});
  check_one_line(r, "cannot download http://shop:***@127.0.0.1:1/feed.xml: Failed to connect to 127.0.0.1 port 1");
  CHECK(r.err.find("s3cret") == std::string::npos);
}

TEST_CASE("a body cut short: exit 2, and nothing written, whatever was read before") {
  ServedFeeds s;
  const std::string url = s.server.url("cut/mixed.xml");
  for (const auto& command : commands_reading(url, s)) {
    CAPTURE(command);
    check_one_line(run_syncfeed(command), "cannot download " + url + ": HTTP 200 OK, the body was cut short after ");
  }
  // -o is written only after the whole feed was read.
  const std::string out = s.file("out.xml");
  write_whole_file(out, "before\n");
  check_one_line(run_syncfeed({"fmt", url, "-o", out}), "cut short");
  check_one_line(run_syncfeed({"delta", s.file("pretty.xml"), url, "-o", out}), "cut short");
  CHECK(read_whole_file(out) == "before\n");
  CHECK(fs::directory_iterator(s.folder.path()) != fs::directory_iterator());
  for (const auto& entry : fs::directory_iterator(s.folder.path()))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);  // no temporary file left
}

TEST_CASE("apply of a feed cut short after some projects: the state is exactly as before") {
  ServedFeeds s;
  // Many projects, so that the first half of the body holds complete ones.
  const std::string big = s.file("big.xml");
  REQUIRE(run_syncfeed({"gen", "--seed", "7", "--projects", "200", "-o", big}).exit_code == 0);
  const std::string state = s.file("state.db");
  REQUIRE(run_syncfeed({"apply", "--state", state, s.file("seed-example.xml")}).exit_code == 0);
  const std::string before = run_syncfeed({"state", "show", "--state", state}).out;
  REQUIRE_FALSE(before.empty());

  const std::string url = s.server.url("cut/big.xml");
  const ProcessResult r = run_syncfeed({"apply", "--state", state, url});
  check_one_line(r, "syncfeed apply: cannot download " + url + ": HTTP 200 OK, the body was cut short after ");
  // The projects read before the cut were simulated (and printed), then rolled back.
  CHECK(r.out.find("  project 1 \"") != std::string::npos);  // the first generated project
  CHECK(run_syncfeed({"state", "show", "--state", state}).out == before);
  // So is a file applied before it in the same run.
  check_one_line(run_syncfeed({"apply", "--state", state, s.file("seed-example-update.xml"), url}), "cut short");
  CHECK(run_syncfeed({"state", "show", "--state", state}).out == before);
  CHECK(run_syncfeed({"state", "check", "--state", state}).exit_code == 0);
  // The same feed whole applies (the cut was the only trouble).
  CHECK(run_syncfeed({"apply", "--state", state, s.server.url("files/big.xml")}).exit_code == 0);
  CHECK(run_syncfeed({"state", "show", "--state", state}).out != before);
  // A state that did not exist does not exist after the failure.
  check_one_line(run_syncfeed({"apply", "--state", s.file("new.db"), url}), "cut short");
  CHECK_FALSE(fs::exists(s.file("new.db")));
}

TEST_CASE("a server that stalls: --low-speed-time ends the wait with one line") {
  ServedFeeds s;
  const std::string url = s.server.url("slow/mixed.xml");
  const auto start = std::chrono::steady_clock::now();
  const ProcessResult r = run_syncfeed({"lint", "--low-speed-time", "1", url});
  const auto took = std::chrono::steady_clock::now() - start;
  check_one_line(r, "cannot download " + url + ": HTTP 200 OK, timed out (Operation too slow.");
  CHECK(took < std::chrono::seconds(20));  // the server would stall for a minute
}

TEST_CASE("a body larger than --max-download: exit 2, counted unpacked for a gzip body") {
  ServedFeeds s;
  const auto size = fs::file_size(s.file("mixed.xml"));
  const std::string limit = std::to_string(size / 2);
  for (const char* path : {"files/mixed.xml", "chunked/mixed.xml", "gzip/mixed.xml"}) {
    CAPTURE(path);
    const std::string url = s.server.url(path);
    check_one_line(run_syncfeed({"lint", "--max-download", limit, url}),
                   "cannot download " + url + ": HTTP 200 OK, larger than " + limit +
                       " bytes (--max-download raises the limit)\n");
  }
  CHECK(run_syncfeed({"lint", "--max-download", std::to_string(size), s.server.url("gzip/mixed.xml")}).exit_code == 1);
}

TEST_CASE("redirects: bounded, and only to http, https, ftp and ftps") {
  ServedFeeds s;
  check_one_line(run_syncfeed({"lint", s.server.url("loop")}), "Maximum (5) redirects followed");
  check_one_line(run_syncfeed({"lint", s.server.url("redirect/6/pretty.xml")}), "Maximum (5) redirects followed");
  CHECK(run_syncfeed({"lint", s.server.url("redirect/5/pretty.xml")}).exit_code == 0);
  const ProcessResult to_file = run_syncfeed({"lint", s.server.url("to?file:///etc/passwd")});
  check_one_line(to_file, "cannot download " + s.server.url("to?file:///etc/passwd") + ": ");
  CHECK(to_file.out.find("root:") == std::string::npos);
}

TEST_CASE("a scheme other than http, https, ftp and ftps is refused, not looked for as a file") {
  for (const char* url : {"file:///etc/passwd", "sftp://example.com/feed.xml"}) {
    CAPTURE(url);
    const ProcessResult r = run_syncfeed({"lint", url});
    check_one_line(
        r, std::string("cannot read ") + url + ": only http://, https://, ftp:// and ftps:// URLs are downloaded");
  }
}
