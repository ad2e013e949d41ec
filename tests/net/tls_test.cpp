// HTTPS: certificates are verified (a self-signed one fails unless --cacert
// trusts it), and an https URL never redirects down to http.
#include <catch2/catch.hpp>

#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

struct TlsFeeds {
  TlsFeeds() : certificates(), feeds(tls_args(certificates)) {}
  static std::vector<std::string> tls_args(const TempFolder& folder) {
    make_certificate(folder.path(), "server");
    make_certificate(folder.path(), "stranger");  // trusted by nobody: not the server's
    return {"--tls", (folder / "server.pem").string(), (folder / "server-key.pem").string()};
  }
  std::string ca(const std::string& name) const { return (certificates / (name + ".pem")).string(); }
  TempFolder certificates;
  ServedFeeds feeds;
};

}  // namespace

TEST_CASE("https with the server's certificate trusted through --cacert reads the feed") {
  TlsFeeds t;
  const std::string url = t.feeds.server.url("files/pretty.xml");
  REQUIRE(url.rfind("https://", 0) == 0);
  const ProcessResult r = run_syncfeed({"fmt", "--cacert", t.ca("server"), url});
  CHECK(r.exit_code == 0);
  CHECK(r.out == run_syncfeed({"fmt", t.feeds.file("pretty.xml")}).out);
  CHECK(run_syncfeed({"lint", "--cacert", t.ca("server"), t.feeds.server.url("gzip/mixed.xml")}).exit_code == 1);
}

TEST_CASE("an untrusted certificate fails: exit 2, one line naming TLS") {
  TlsFeeds t;
  const std::string url = t.feeds.server.url("files/pretty.xml", "shop:s3cret");
  const std::string shown = t.feeds.server.url("files/pretty.xml", "shop:***");
  for (const std::vector<std::string>& extra : {std::vector<std::string>{}, {"--cacert", t.ca("stranger")}}) {
    CAPTURE(extra);
    std::vector<std::string> args{"lint"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(url);
    const ProcessResult r = run_syncfeed(args);
    CHECK(r.exit_code == 2);
    CHECK(line_count(r.err) == 1);
    CHECK(r.err.rfind("syncfeed: cannot download " + shown + ": TLS failed: SSL certificate problem: ", 0) == 0);
    CHECK(r.err.find("s3cret") == std::string::npos);
  }
}

TEST_CASE("an https URL is never redirected to http") {
  TlsFeeds t;
  ServedFeeds plain;
  const std::string to_http = t.feeds.server.url("to?" + plain.server.url("files/pretty.xml"));
  const ProcessResult r = run_syncfeed({"lint", "--cacert", t.ca("server"), to_http});
  CHECK(r.exit_code == 2);
  CHECK(line_count(r.err) == 1);
  CHECK(r.err.find("cannot download " + to_http + ": HTTP 302 Found, Protocol \"http\" not supported") !=
        std::string::npos);
  // While https to https is followed.
  CHECK(run_syncfeed({"lint", "--cacert", t.ca("server"), t.feeds.server.url("redirect/2/pretty.xml")}).exit_code == 0);
}
