// Every command that reads feeds takes a URL where it takes a file, and says
// the same about it: lint, fmt, roundtrip, plan, apply, diff and delta, with
// the feed served over HTTP by a server the test starts. Findings and
// messages name the URL, its password masked.
#include <catch2/catch.hpp>

#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

TEST_CASE("lint of a URL finds what lint of the file finds, naming the URL") {
  ServedFeeds s;
  const ProcessResult from_file = run_syncfeed({"lint", "--format", "json", s.file("mixed.xml")});
  const std::string url = s.server.url("files/mixed.xml");
  const ProcessResult from_url = run_syncfeed({"lint", "--format", "json", url});
  CHECK(from_url.exit_code == from_file.exit_code);
  CHECK(from_url.exit_code == 1);
  CHECK(from_url.out == replaced(from_file.out, s.file("mixed.xml"), url));
  CHECK(from_url.err.empty());
  // The text format: the same findings, without the source lines (a download is not read twice).
  const ProcessResult text = run_syncfeed({"lint", url});
  CHECK(text.out.find(url + ":5:3: warning:") != std::string::npos);
  // A URL among files and folders, in the order given.
  const ProcessResult mixed = run_syncfeed({"lint", "--format", "json", s.file("pretty.xml"), url});
  CHECK(mixed.out.find("\"file\": \"" + url + "\"") != std::string::npos);
}

TEST_CASE("lint names a URL with credentials with its password masked") {
  ServedFeeds s;
  const std::string url = s.server.url("auth/mixed.xml", "shop:s3cret");
  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    CAPTURE(format);
    const ProcessResult r = run_syncfeed({"lint", "--format", format, url});
    CHECK(r.exit_code == 1);
    // (GitHub's workflow commands escape the ':' of a file name.)
    const std::string shown = s.server.url("auth/mixed.xml", "shop:***");
    CHECK(r.out.find(format == std::string("github") ? replaced(shown, ":", "%3A") : shown) != std::string::npos);
    CHECK(r.out.find("s3cret") == std::string::npos);
    CHECK(r.err.find("s3cret") == std::string::npos);
  }
}

TEST_CASE("fmt of a URL writes what fmt of the file writes; --check takes URLs, --write does not") {
  ServedFeeds s;
  const std::string url = s.server.url("files/pretty.xml");
  const ProcessResult from_file = run_syncfeed({"fmt", s.file("pretty.xml")});
  const ProcessResult from_url = run_syncfeed({"fmt", url});
  CHECK(from_url.exit_code == 0);
  CHECK(from_url.out == from_file.out);
  CHECK_FALSE(from_url.out.empty());
  const std::string out = s.file("out.xml");
  CHECK(run_syncfeed({"fmt", url, "-o", out}).exit_code == 0);
  CHECK(read_whole_file(out) == from_file.out);

  const ProcessResult check = run_syncfeed({"fmt", "--check", url});
  CHECK(check.exit_code == 1);
  CHECK(check.out.rfind(url + ":", 0) == 0);
  CHECK(check.out.find("syncfeed fmt " + url + " > OUT writes its canonical form") != std::string::npos);
  write_whole_file(s.file("canonical.xml"), from_file.out);
  CHECK(run_syncfeed({"fmt", "--check", s.server.url("files/canonical.xml")}).exit_code == 0);

  const ProcessResult write = run_syncfeed({"fmt", "--write", url});
  CHECK(write.exit_code == 2);
  CHECK(write.err == "syncfeed: fmt: --write needs a FILE, not a URL (fmt URL -o FILE writes its canonical form)\n");
}

TEST_CASE("roundtrip of a URL") {
  ServedFeeds s;
  const std::string url = s.server.url("files/pretty.xml");
  const ProcessResult r = run_syncfeed({"roundtrip", url});
  CHECK(r.exit_code == 0);
  CHECK(r.out == replaced(run_syncfeed({"roundtrip", s.file("pretty.xml")}).out, s.file("pretty.xml"), url));
}

TEST_CASE("plan and apply of URLs do what they do with the files") {
  ServedFeeds s;
  const std::string first = s.server.url("files/seed-example.xml");
  const std::string update = s.server.url("files/seed-example-update.xml", "shop:s3cret");
  const std::string update_shown = s.server.url("files/seed-example-update.xml", "shop:***");
  const ProcessResult plan_files =
      run_syncfeed({"plan", "--format", "json", s.file("seed-example.xml"), s.file("seed-example-update.xml")});
  const ProcessResult plan_urls = run_syncfeed({"plan", "--format", "json", first, update});
  CHECK(plan_urls.exit_code == 0);
  CHECK(plan_urls.out == replaced(replaced(plan_files.out, s.file("seed-example.xml"), first),
                                  s.file("seed-example-update.xml"), update_shown));

  const std::string by_file = s.file("by-file.db"), by_url = s.file("by-url.db");
  CHECK(run_syncfeed({"apply", "--state", by_file, s.file("seed-example.xml"), s.file("seed-example-update.xml")})
            .exit_code == 0);
  CHECK(run_syncfeed({"apply", "--state", by_url, first, update}).exit_code == 0);
  const ProcessResult cards_by_file = run_syncfeed({"state", "show", "--state", by_file});
  CHECK_FALSE(cards_by_file.out.empty());
  CHECK(run_syncfeed({"state", "show", "--state", by_url}).out == cards_by_file.out);
}

TEST_CASE("diff and delta take URLs for OLD and NEW") {
  ServedFeeds s;
  const std::string old_url = s.server.url("files/seed-example.xml");
  const std::string new_url = s.server.url("gzip/seed-example-update.xml");
  const std::string old_file = s.file("seed-example.xml"), new_file = s.file("seed-example-update.xml");
  const ProcessResult diff_files = run_syncfeed({"diff", "--format", "json", old_file, new_file});
  const ProcessResult diff_urls = run_syncfeed({"diff", "--format", "json", old_url, new_url});
  CHECK(diff_urls.exit_code == 1);
  CHECK(diff_urls.out == diff_files.out);
  CHECK(run_syncfeed({"diff", old_url, old_file}).exit_code == 0);

  const std::string out = s.file("delta.xml");
  CHECK(run_syncfeed({"delta", old_url, new_url, "-o", out}).exit_code == 0);
  CHECK(read_whole_file(out) == run_syncfeed({"delta", old_file, new_file}).out);
}

TEST_CASE("gzip and deflate bodies, and bodies without a Content-Length, are read as sent") {
  ServedFeeds s;
  const ProcessResult plain = run_syncfeed({"fmt", s.file("mixed.xml")});
  for (const char* kind : {"gzip", "deflate", "chunked"}) {
    CAPTURE(kind);
    const ProcessResult r = run_syncfeed({"fmt", s.server.url(std::string(kind) + "/mixed.xml")});
    CHECK(r.exit_code == plain.exit_code);
    CHECK(r.out == plain.out);
  }
}

TEST_CASE("redirects are followed") {
  ServedFeeds s;
  const ProcessResult r = run_syncfeed({"roundtrip", s.server.url("redirect/3/pretty.xml")});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(": ok: ") != std::string::npos);
}
