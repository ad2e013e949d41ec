// Stopping the server never corrupts the state: SIGTERM finishes the sync in
// flight (the client gets its answer, the server exits 0); kill -9 in the
// middle of a sync's transaction leaves the state as it was before the sync.
#include <signal.h>

#include <catch2/catch.hpp>

#include <memory>
#include <thread>

#include "serve_support.h"

using namespace syncfeed::test;

namespace {

// A feed big enough that a sync takes a good part of a second.
std::string big_feed(const TempFolder& folder) {
  const std::string path = (folder / "big.xml").string();
  const ProcessResult r =
      run_process({"python3", (source_dir() / "bench" / "make_feed.py").string(), "--projects", "6000", "--out", path});
  REQUIRE(r.exit_code == 0);
  return path;
}

std::vector<std::string> curl_upload_argv(const ServerProcess& server, const std::string& feed) {
  return {"curl",           "--silent", "--write-out",
          "\n%{http_code}", "-H",       "Content-Type: application/xml",
          "--data-binary",  "@" + feed, server.url("/Api/SyncFeed/42/Upload")};
}

// Syncs the seed example, then starts uploading `feed` and returns once the
// server says it is applying it (sync 2).
std::unique_ptr<BackgroundProcess> start_second_sync(ServerProcess& server, const std::string& feed) {
  REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
  auto client = std::make_unique<BackgroundProcess>(curl_upload_argv(server, feed));
  wait_for_log(server, "sync 2: applying");
  return client;
}

}  // namespace

TEST_CASE("serve: SIGTERM during a sync finishes it, answers the client and exits 0", "[serve][stop]") {
  TempFolder folder;
  const std::string feed = big_feed(folder);
  const auto state = folder / "served.db";
  ServerProcess server(state, {"--cache-mib", "1"});
  const std::unique_ptr<BackgroundProcess> client = start_second_sync(server, feed);
  CHECK(server.stop(SIGTERM) == 0);
  INFO(server.process().err());
  CHECK(server.process().err().find("sync 2: applied") != std::string::npos);
  while (client->running()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(client->out().find("\"outcome\": \"applied\"") != std::string::npos);
  CHECK(client->out().substr(client->out().rfind('\n') + 1) == "200");
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
  CHECK(state_json(state) == applied_state_json(folder, {corpus_feed("seed-example.xml"), feed}));
}

TEST_CASE("serve: kill -9 in the middle of a sync leaves the state as before it; state check passes", "[serve][stop]") {
  TempFolder folder;
  const std::string feed = big_feed(folder);
  const auto state = folder / "served.db";
  ServerProcess server(state, {"--cache-mib", "1"});
  const std::unique_ptr<BackgroundProcess> client = start_second_sync(server, feed);
  std::this_thread::sleep_for(std::chrono::milliseconds(150));  // into the transaction
  INFO(server.process().err());
  REQUIRE(server.process().err().find("sync 2: applied") == std::string::npos);  // not done yet
  CHECK(server.stop(SIGKILL) == 128 + SIGKILL);
  const ProcessResult check = run_syncfeed({"state", "check", "--state", state.string()});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  CHECK(state_json(state) == applied_state_json(folder, {corpus_feed("seed-example.xml")}));
  // The record of the killed sync went with its transaction; the server starts again on the state.
  ServerProcess again(state);
  const nlohmann::json syncs = curl({}, again.url("/api/syncs")).json();
  REQUIRE(syncs.size() == 1);
  CHECK(syncs[0]["sync_id"] == 1);
}
