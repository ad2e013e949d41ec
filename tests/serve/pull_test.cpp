// The pull form: GET or POST /Api/SyncFeed/{SystemId}?Source=URL, the feed
// served by a second local server (Python's http.server), as MiniCRM
// downloads it from the shop. Tagged [pull], hidden from the default run: the
// download is the reader's (issue #14, section 1, branch url-inputs).
#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <cctype>

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

 private:
  BackgroundProcess process_;
  std::string port_;
};

std::string url_encoded(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

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
  CHECK(curl({}, server.url("/api/cards")).body == before);
}
