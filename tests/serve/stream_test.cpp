// A sync reads its feed as it arrives (docs/serve.md): the body of an upload,
// or the download of a Source, is read by lint and apply while the rest is
// still coming. Clients and shops that stall half-way (a file, GO, lets them
// go on) show that the sync started and read before the feed was whole, and
// that a feed cut short changes nothing.
#include <signal.h>

#include <catch2/catch.hpp>

#include <memory>

#include "serve_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;

namespace {

// stalled_upload.py: the first `cut` bytes of `feed`, then waits for `go`.
std::unique_ptr<BackgroundProcess> stalled_upload(const ServerProcess& server, const std::string& feed,
                                                  std::uint64_t cut, const std::filesystem::path& go,
                                                  const std::string& mode) {
  auto client = std::make_unique<BackgroundProcess>(
      std::vector<std::string>{"python3", "-u", tests_dir() + "/stalled_upload.py", server.url(""), feed,
                               std::to_string(cut), go.string(), mode});
  client->wait_for_output("sent");
  return client;
}

// What a background client printed last, once it ended.
std::string last_line_of(BackgroundProcess& client) {
  while (client.running()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  INFO(client.err());
  REQUIRE(client.exit_code() == 0);
  std::string out = client.out();
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out.substr(out.rfind('\n') + 1);
}

void go(const std::filesystem::path& go) { write_whole_file(go.string(), ""); }

}  // namespace

TEST_CASE("serve: an upload is synced as it arrives: the sync starts before the body ends", "[serve][stream]") {
  TempFolder folder;
  const std::string feed = generated_feed(folder, 5, 300);
  const auto state = folder / "served.db";
  {
    ServerProcess server(state);
    const auto client = stalled_upload(server, feed, std::filesystem::file_size(feed) / 2, folder / "go", "finish");
    wait_for_log(server, "sync 1: applying");  // half the body is in, the client waits
    go(folder / "go");
    const nlohmann::json a = nlohmann::json::parse(last_line_of(*client));
    INFO(a.dump());
    CHECK(a["status"] == 200);
    CHECK(a["answer"]["outcome"] == "applied");
    CHECK(a["answer"]["bytes"] == std::filesystem::file_size(feed));
    CHECK(server.stop() == 0);
  }
  CHECK(state_json(state) == applied_state_json(folder, {feed}));
}

TEST_CASE("serve: a feed refused at line 3 is refused while its body arrives; the queue goes on", "[serve][stream]") {
  TempFolder folder;
  const std::string broken = (folder / "broken.xml").string();
  const std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n<Project Id=\"1\"><Name>A &amp B</Name></Project>\n";
  write_whole_file(broken, head + std::string(4 << 20, ' ') + "</Projects>\n");
  ServerProcess server(folder / "served.db");
  const auto client = stalled_upload(server, broken, head.size() + 1000, folder / "go", "finish");
  wait_for_log(server, "sync 1: refused");  // from the first lines: the rest has not been sent
  // The turn went to the next sync, though the first client still holds its body.
  const HttpAnswer next = curl_upload(server, corpus_feed("seed-example.xml"));
  CHECK(next.status == 200);
  CHECK(next.json()["sync_id"] == 2);
  go(folder / "go");
  const nlohmann::json a = nlohmann::json::parse(last_line_of(*client));
  INFO(a.dump());
  CHECK(a["status"] == 422);
  CHECK(a["answer"]["outcome"] == "refused");
  CHECK(a["answer"]["first_findings"][0]["rule"] == "xml-not-well-formed");
  CHECK(a["answer"]["first_findings"][0]["line"] == 3);
}

TEST_CASE("serve: an upload cut short while its sync reads it changes nothing and is not recorded", "[serve][stream]") {
  TempFolder folder;
  const std::string feed = generated_feed(folder, 6, 300);
  const auto state = folder / "served.db";
  ServerProcess server(state);
  REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
  const std::string cards = curl({}, server.url("/api/cards")).body;
  const auto client = stalled_upload(server, feed, std::filesystem::file_size(feed) / 2, folder / "go", "close");
  wait_for_log(server, "sync 2: applying");
  go(folder / "go");
  CHECK(last_line_of(*client) == "closed");
  wait_for_log(server, "not synced: the body was not received whole");
  CHECK(curl({}, server.url("/api/cards")).body == cards);
  CHECK(curl({}, server.url("/api/syncs")).json().size() == 1);
  const HttpAnswer again = curl_upload(server, feed);
  CHECK(again.status == 200);
  CHECK(again.json()["sync_id"] == 2);
  CHECK(server.stop() == 0);
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
  CHECK(state_json(state) == applied_state_json(folder, {corpus_feed("seed-example.xml"), feed}));
}

namespace {

// stalling_shop.py serving `feed`: the first `cut` bytes, then waits for `go`.
struct StallingShop {
  StallingShop(const std::string& feed, std::uint64_t cut, const std::filesystem::path& go, const std::string& mode)
      : process({"python3", "-u", tests_dir() + "/stalling_shop.py", feed, std::to_string(cut), go.string(), mode}) {
    url = "http://127.0.0.1:" + process.wait_for_output(R"(port (\d+))") + "/feed.xml";
  }
  BackgroundProcess process;
  std::string url;
};

std::unique_ptr<BackgroundProcess> curl_source(const ServerProcess& server, const std::string& url) {
  return std::make_unique<BackgroundProcess>(
      std::vector<std::string>{"curl", "--silent", "--show-error", "--write-out", "\n%{http_code}",
                               server.url("/Api/SyncFeed/42?Source=" + url_encoded(url))});
}

HttpAnswer answer_of(BackgroundProcess& client) {
  while (client.running()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  const std::string out = client.out();
  const std::size_t cut = out.rfind('\n');
  return {std::stoi(out.substr(cut + 1)), out.substr(0, cut)};
}

}  // namespace

TEST_CASE("serve pull: a Source is synced as it downloads: the sync starts before the body ends", "[.pull][serve]") {
  TempFolder folder;
  const std::string feed = generated_feed(folder, 7, 300);
  StallingShop shop(feed, std::filesystem::file_size(feed) / 2, folder / "go", "finish");
  const auto state = folder / "served.db";
  {
    ServerProcess server(state);
    const auto client = curl_source(server, shop.url);
    wait_for_log(server, "sync 1: applying");  // half the feed is in, the shop waits
    go(folder / "go");
    const HttpAnswer a = answer_of(*client);
    INFO(a.body);
    CHECK(a.status == 200);
    CHECK(a.json()["outcome"] == "applied");
    CHECK(a.json()["bytes"] == std::filesystem::file_size(feed));
    CHECK(server.stop() == 0);
  }
  CHECK(state_json(state) == applied_state_json(folder, {feed}));
}

TEST_CASE("serve pull: a Source cut short while its sync reads it is 502 unreadable and changes nothing",
          "[.pull][serve]") {
  TempFolder folder;
  const std::string feed = generated_feed(folder, 8, 300);
  const std::uint64_t cut = std::filesystem::file_size(feed) / 2;
  StallingShop shop(feed, cut, folder / "go", "close");
  const auto state = folder / "served.db";
  ServerProcess server(state);
  REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
  const std::string cards = curl({}, server.url("/api/cards")).body;
  const auto client = curl_source(server, shop.url);
  wait_for_log(server, "sync 2: applying");
  go(folder / "go");
  const HttpAnswer a = answer_of(*client);
  INFO(a.body);
  CHECK(a.status == 502);
  CHECK(a.json()["outcome"] == "unreadable");
  CHECK_THAT(a.json()["message"].get<std::string>(), Contains(shop.url));
  // As far as it got into the sync's file: what curl held when the connection
  // broke off may not have been handed over.
  CHECK(a.json()["bytes"] <= cut);
  CHECK(a.json()["counts"]["created"] == 0);
  CHECK(curl({}, server.url("/api/cards")).body == cards);
  CHECK(curl({}, server.url("/api/syncs/2")).json()["outcome"] == "unreadable");
  CHECK(server.stop() == 0);
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
}

TEST_CASE("serve: SIGTERM while an upload still arrives finishes its sync; kill -9 leaves the state as before",
          "[serve][stream][stop]") {
  TempFolder folder;
  const std::string feed = generated_feed(folder, 9, 300);
  const auto state = folder / "served.db";
  SECTION("SIGTERM: the server waits for the body, applies it, answers and exits 0") {
    ServerProcess server(state);
    const auto client = stalled_upload(server, feed, std::filesystem::file_size(feed) / 2, folder / "go", "finish");
    wait_for_log(server, "sync 1: applying");
    int exit_code = -1;
    std::thread stopper([&] { exit_code = server.stop(SIGTERM); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the server is stopping, the body half in
    go(folder / "go");
    stopper.join();
    CHECK(exit_code == 0);
    const nlohmann::json a = nlohmann::json::parse(last_line_of(*client));
    INFO(a.dump());
    CHECK(a["status"] == 200);
    CHECK(a["answer"]["outcome"] == "applied");
    CHECK(state_json(state) == applied_state_json(folder, {feed}));
  }
  SECTION("kill -9: nothing of the sync is left, and state check passes") {
    ServerProcess server(state);
    REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
    const auto client = stalled_upload(server, feed, std::filesystem::file_size(feed) / 2, folder / "go", "finish");
    wait_for_log(server, "sync 2: applying");
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the transaction holds half the feed
    CHECK(server.stop(SIGKILL) == 128 + SIGKILL);
    go(folder / "go");
    CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
    CHECK(state_json(state) == applied_state_json(folder, {corpus_feed("seed-example.xml")}));
  }
}
