// The pull form: GET or POST /Api/SyncFeed/{SystemId}?Source=URL, the feed
// served by a second local server (Python's http.server), as MiniCRM
// downloads it from the shop. Tagged [.pull]: ctest runs them as serve_pull,
// apart from the other serve tests, since they start a second server.
#include <catch2/catch.hpp>

#include "serve_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;

namespace {

// Serves `folder` on a free port of 127.0.0.1.
class FeedServer {
 public:
  explicit FeedServer(const std::filesystem::path& folder)
      : process_({"python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder.string()}) {
    port_ = process_.wait_for_output(R"(port (\d+))");
  }
  std::string url(const std::string& file) const { return "http://127.0.0.1:" + port_ + "/" + file; }
  // How many times `file` was asked for (http.server logs each request on standard error).
  std::size_t requests(const std::string& file) const {
    const std::string text = process_.err(), line = "\"GET /" + file + " ";
    std::size_t count = 0;
    for (std::size_t at = 0; (at = text.find(line, at)) != std::string::npos; at += line.size()) ++count;
    return count;
  }

 private:
  BackgroundProcess process_;
  std::string port_;
};

}  // namespace

TEST_CASE("serve pull: Source URLs give the cards apply gives for the same feeds", "[.pull][serve]") {
  TempFolder folder, served;
  const std::vector<std::string> names = {"seed-example.xml", "woocommerce-plugin.xml", "seed-example-update.xml"};
  std::vector<std::string> feeds;
  for (const std::string& name : names) {
    std::filesystem::copy_file(corpus_feed(name), served / name);
    feeds.push_back(corpus_feed(name));
  }
  FeedServer shop(served.path());
  const auto state = folder / "served.db";
  {
    ServerProcess server(state, {"--api-key", "42:secret"});
    // As MiniCRM's documentation has it: GET with the URL-encoded URL; POST too.
    HttpAnswer a = curl({"-u", "42:secret"}, server.url("/Api/SyncFeed/42?Source=" + url_encoded(shop.url(names[0]))));
    INFO(a.body);
    CHECK(a.status == 200);
    CHECK(a.json()["outcome"] == "applied");
    CHECK(a.json()["source"] == shop.url(names[0]));
    CHECK(a.json()["bytes"] == std::filesystem::file_size(feeds[0]));
    CHECK(shop.requests(names[0]) == 1);  // downloaded once: lint and apply read the same copy
    a = curl({"-u", "42:secret", "--data", ""},
             server.url("/Api/SyncFeed/42?Source=" + url_encoded(shop.url(names[1]))));
    CHECK(a.status == 200);
    // A password in the URL is masked in the answer and the record.
    const std::string with_password = "http://shop:s3cret@" + shop.url(names[2]).substr(7);
    a = curl({"-u", "42:secret"}, server.url("/Api/SyncFeed/42?Source=" + url_encoded(with_password)));
    CHECK(a.status == 200);
    CHECK(a.json()["source"] == "http://shop:***@" + shop.url(names[2]).substr(7));
    CHECK_THAT(curl({}, server.url("/api/syncs")).body, !Contains("s3cret"));
    CHECK(server.stop() == 0);
  }
  CHECK(state_json(state) == applied_state_json(folder, feeds));
}

TEST_CASE("serve pull: a feed that cannot be downloaded is 502 and changes nothing", "[.pull][serve]") {
  TempFolder folder, served;
  FeedServer shop(served.path());
  ServerProcess server(folder / "served.db");
  REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
  const std::string before = curl({}, server.url("/api/cards")).body;
  const HttpAnswer a = curl({}, server.url("/Api/SyncFeed/42?Source=" + url_encoded(shop.url("missing.xml"))));
  INFO(a.body);
  CHECK(a.status == 502);
  CHECK(a.json()["outcome"] == "unreadable");
  CHECK_THAT(a.json()["message"].get<std::string>(), Contains("404"));
  CHECK_THAT(a.json()["message"].get<std::string>(), Contains(shop.url("missing.xml")));
  CHECK(a.json()["source"] == shop.url("missing.xml"));
  CHECK(server.process().err().find("syncfeed-serve") == std::string::npos);  // the temporary file is never named
  CHECK(curl({}, server.url("/api/cards")).body == before);
}

TEST_CASE("serve pull: a Source that changes between requests is read once, never half-applied", "[.pull][serve]") {
  TempFolder folder;
  // The first request gets a good feed, any later one a feed MiniCRM refuses whole:
  // a lint of one version and an apply of the other would disagree.
  const std::string good = corpus_feed("seed-example.xml");
  const std::string broken = (corpus_dir() / "broken" / "bad-character.xml").string();
  BackgroundProcess shop({"python3", "-u", tests_dir() + "/changing_feed.py", good, broken});
  const std::string shop_url = "http://127.0.0.1:" + shop.wait_for_output(R"(port (\d+))");
  const auto state = folder / "served.db";
  {
    ServerProcess server(state);
    const HttpAnswer a = curl({}, server.url("/Api/SyncFeed/42?Source=" + url_encoded(shop_url + "/feed.xml")));
    INFO(a.body);
    CHECK(a.status == 200);
    CHECK(a.json()["outcome"] == "applied");
    CHECK(a.json()["bytes"] == std::filesystem::file_size(good));
    CHECK(curl({}, shop_url + "/requests").body == "1");
    CHECK(server.stop() == 0);
  }
  CHECK(state_json(state) == applied_state_json(folder, {good}));
}

TEST_CASE("serve pull: the download options bound a Source (--max-download)", "[.pull][serve]") {
  TempFolder folder, served;
  std::filesystem::copy_file(corpus_feed("seed-example.xml"), served / "feed.xml");
  FeedServer shop(served.path());
  ServerProcess server(folder / "served.db", {"--max-download", "100"});
  const HttpAnswer a = curl({}, server.url("/Api/SyncFeed/42?Source=" + url_encoded(shop.url("feed.xml"))));
  INFO(a.body);
  CHECK(a.status == 502);
  CHECK(a.json()["outcome"] == "unreadable");
  CHECK(a.json()["counts"]["created"] == 0);
  CHECK(curl({}, server.url("/api/cards")).body == "[]\n");
}
