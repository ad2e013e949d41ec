// 20 generators uploading 200 feeds at once: every request is answered, every
// accepted sync applied exactly once, and the state is what applying the
// accepted feeds one after the other, in the order the server recorded, gives.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "serve_support.h"

using namespace syncfeed::test;

TEST_CASE("serve under load: 20 clients, 200 feeds", "[serve][load]") {
  TempFolder folder;
  constexpr int kFeeds = 200;
  std::vector<std::string> feeds;
  for (int i = 1; i <= kFeeds; ++i) {
    const std::string path = (folder / ("feed-" + std::to_string(i) + ".xml")).string();
    // Seeds repeat (i % 60): later feeds update the cards of earlier ones, so order matters.
    std::vector<std::string> args{"gen", "--seed", std::to_string(i % 60), "--projects", "3", "--orders", "0..2",
                                  "-o",  path};
    if (i % 10 == 0) args.insert(args.end(), {"--defect", "xml-not-well-formed"});  // refused: changes nothing
    REQUIRE(run_syncfeed(args).exit_code == 0);
    feeds.push_back(path);
  }
  const auto state = folder / "served.db";
  std::map<std::int64_t, std::string> applied;  // sync id -> feed
  {
    ServerProcess server(state, {"--api-key", "42:secret"});
    std::vector<std::string> argv{"python3", tests_dir() + "/load.py", server.url(""), "42", "secret", "20"};
    argv.insert(argv.end(), feeds.begin(), feeds.end());
    const ProcessResult load = run_process(argv);
    INFO(load.err);
    REQUIRE(load.exit_code == 0);

    std::set<std::int64_t> sync_ids;
    int lines = 0, refused = 0;
    std::istringstream in(load.out);
    for (std::string line; std::getline(in, line); ++lines) {
      const nlohmann::json r = nlohmann::json::parse(line);
      INFO(line);
      REQUIRE(!r["status"].is_null());  // answered
      const nlohmann::json& answer = r["answer"];
      CHECK(sync_ids.insert(answer["sync_id"].get<std::int64_t>()).second);  // one sync per request
      if (answer["outcome"] == "applied") {
        CHECK(r["status"] == 200);
        applied[answer["sync_id"]] = r["feed"];
      } else {
        CHECK(answer["outcome"] == "refused");
        ++refused;
      }
    }
    CHECK(lines == kFeeds);
    CHECK(refused == kFeeds / 10);
    CHECK(sync_ids.size() == kFeeds);
    CHECK(*sync_ids.begin() == 1);
    CHECK(*sync_ids.rbegin() == kFeeds);
    // The server's record agrees: each sync once, applied as answered.
    const nlohmann::json syncs = curl({}, server.url("/api/syncs")).json();
    REQUIRE(syncs.size() == kFeeds);
    for (const nlohmann::json& s : syncs)
      CHECK((s["outcome"] == "applied") == (applied.count(s["sync_id"].get<std::int64_t>()) == 1));
    CHECK(server.stop() == 0);
  }
  std::vector<std::string> in_order;
  for (const auto& [id, feed] : applied) in_order.push_back(feed);
  const std::string by_apply = (folder / "by-apply.db").string();
  std::vector<std::string> apply{"apply", "--quiet", "--state", by_apply};
  apply.insert(apply.end(), in_order.begin(), in_order.end());
  REQUIRE(run_syncfeed(apply).exit_code == 0);
  CHECK(state_json(state) == state_json(by_apply));
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
}
