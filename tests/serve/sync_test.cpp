// syncfeed serve with real clients: curl, and a generator as production runs
// it (Python's standard library). The cards it holds equal what apply makes.
#include <catch2/catch.hpp>

#include "serve_support.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

void check_schema(const std::vector<std::string>& answers) {
  std::string input;
  for (const std::string& a : answers) input += nlohmann::json::parse(a).dump() + "\n";
  const ProcessResult r = run_process(
      {"python3", tests_dir() + "/validate_answers.py", (source_dir() / "docs" / "sync-answer.schema.json").string()},
      {.stdin_text = input});
  INFO(r.err);
  CHECK(r.exit_code == 0);
}

}  // namespace

TEST_CASE("serve: uploads by curl and by a production generator give the cards apply gives, ids included", "[serve]") {
  TempFolder folder;
  const std::vector<std::string> feeds = {corpus_feed("seed-example.xml"),        generated_feed(folder, 1),
                                          corpus_feed("seed-example-update.xml"), generated_feed(folder, 2),
                                          corpus_feed("woocommerce-plugin.xml"),  generated_feed(folder, 1)};
  const auto state = folder / "served.db";
  std::vector<std::string> answers;
  {
    ServerProcess server(state, {"--api-key", "42:secret"});
    for (std::size_t i = 0; i < 3; ++i) {  // curl
      const HttpAnswer a = curl_upload(server, feeds[i]);
      INFO(a.body);
      CHECK(a.status == 200);
      CHECK(a.json()["outcome"] == "applied");
      CHECK(a.json()["sync_id"] == i + 1);
      answers.push_back(a.body);
    }
    // The generator: POST, basic auth, Content-Type: application/xml, JSON read back.
    const ProcessResult g = run_process(
        {"python3", tests_dir() + "/generator.py", server.url(""), "42", "secret", feeds[3], feeds[4], feeds[5]});
    INFO(g.err);
    REQUIRE(g.exit_code == 0);
    const std::vector<std::string> lines = lines_of(g.out);
    REQUIRE(lines.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) {
      const nlohmann::json line = nlohmann::json::parse(lines[i]);
      CHECK(line["status"] == 200);
      CHECK(line["answer"]["outcome"] == "applied");
      CHECK(line["answer"]["sync_id"] == i + 4);
      answers.push_back(line["answer"].dump());
    }
    // The first feed created cards 1 and 2 (the help page's example feed).
    const nlohmann::json first = nlohmann::json::parse(answers[0]);
    CHECK(first["counts"]["created"] == 2);
    CHECK(first["card_ids"][0]["card_id"] == 1);
    CHECK(first["card_ids"][1]["reference_id"] == "53566");
    // The read API: by card id and by Reference ID.
    const HttpAnswer by_id = curl({}, server.url("/api/cards/1"));
    CHECK(by_id.status == 200);
    CHECK(by_id.json()[0]["reference_id"] == "14353");
    const HttpAnswer by_reference = curl({}, server.url("/api/cards?reference_id=53566"));
    CHECK(by_reference.json()[0]["card_id"] == 2);
    const HttpAnswer syncs = curl({}, server.url("/api/syncs"));
    REQUIRE(syncs.json().size() == 6);
    CHECK(syncs.json()[0]["sync_id"] == 6);  // newest first
    CHECK(server.stop() == 0);
  }
  check_schema(answers);
  CHECK(state_json(state) == applied_state_json(folder, feeds));
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
}

TEST_CASE("serve: wrong or missing credentials are 401 and change nothing", "[serve]") {
  TempFolder folder;
  const auto state = folder / "served.db";
  ServerProcess server(state, {"--api-key", "42:secret", "--api-key", "42:second", "--api-key", "7:other"});
  const std::string feed = corpus_feed("seed-example.xml");
  for (const std::string credentials : {"", "42:wrong", "7:other", "42:secret2"}) {
    INFO(credentials);
    const HttpAnswer a = curl_upload(server, feed, "42", credentials);
    CHECK(a.status == 401);
    CHECK_THAT(a.json()["error"].get<std::string>(), Contains("system id"));
  }
  CHECK(curl({"-u", "42:wrong"}, server.url("/Api/SyncFeed/42?Source=http%3A%2F%2F127.0.0.1%3A1%2Ff.xml")).status ==
        401);
  CHECK(curl({}, server.url("/api/syncs")).json().empty());  // not even recorded: nothing reached a sync
  CHECK(curl({}, server.url("/api/cards")).json().empty());
  CHECK(curl_upload(server, feed, "42", "42:second").status == 200);  // a system may have several keys
  CHECK(curl_upload(server, feed, "7", "7:other").status == 200);
}

TEST_CASE("serve: bad requests get a 4xx with a JSON error, and the server goes on", "[serve]") {
  TempFolder folder;
  ServerProcess server(folder / "served.db");
  auto error_of = [](const HttpAnswer& a) { return a.json()["error"].get<std::string>(); };
  HttpAnswer a = curl({}, server.url("/Api/SyncFeed/42"));
  CHECK(a.status == 400);
  CHECK_THAT(error_of(a), Contains("Source is missing"));
  for (const std::string source : {"file%3A%2F%2F%2Fetc%2Fpasswd", "gopher%3A%2F%2Fx", "%2Fetc%2Fpasswd", ""}) {
    a = curl({}, server.url("/Api/SyncFeed/42?Source=" + source));
    CHECK(a.status == 400);
    CHECK_THAT(error_of(a), Contains("not an http://, https://, ftp:// or ftps:// URL"));
  }
  a = curl({}, server.url("/Api/Nothing"));
  CHECK(a.status == 404);
  CHECK_THAT(error_of(a), Contains("no such path"));
  a = curl({"-X", "DELETE"}, server.url("/Api/SyncFeed/42/Upload"));
  CHECK(a.status == 405);
  a = curl({}, server.url("/Api/SyncFeed/42/Upload"));  // GET
  CHECK(a.status == 405);
  CHECK_THAT(error_of(a), Contains("POST"));
  a = curl({"--data-binary", "x"}, server.url("/"));
  CHECK(a.status == 405);
  a = curl({"-F", "feed=@" + corpus_feed("seed-example.xml")}, server.url("/Api/SyncFeed/42/Upload"));
  CHECK(a.status == 415);
  CHECK(curl({}, server.url("/api/syncs/99")).status == 404);
  CHECK(curl({}, server.url("/cards/99")).status == 404);
  CHECK(server.process().running());
  CHECK(server.stop() == 0);
}

TEST_CASE("serve: a feed MiniCRM refuses, or one --reject-on rejects, changes nothing and is recorded", "[serve]") {
  TempFolder folder;
  const auto state = folder / "served.db";
  const std::string broken = (folder / "broken.xml").string();
  write_whole_file(broken, "<Projects><Project Id=\"1\"><Name>A &amp B</Name></Project></Projects>\n");
  const std::string findings = (folder / "findings.xml").string();
  REQUIRE(run_syncfeed({"gen", "--seed", "3", "--projects", "3", "--defect", "project-name-missing", "-o", findings})
              .exit_code == 0);
  std::vector<std::string> answers;
  {
    ServerProcess server(state, {"--reject-on", "error"});
    HttpAnswer a = curl_upload(server, corpus_feed("seed-example.xml"));
    REQUIRE(a.status == 200);
    const std::string before = curl({}, server.url("/api/cards")).body;

    a = curl_upload(server, broken);
    answers.push_back(a.body);
    CHECK(a.status == 422);
    CHECK(a.json()["outcome"] == "refused");
    CHECK(a.json()["first_findings"][0]["rule"] == "xml-not-well-formed");
    CHECK(a.json()["counts"]["created"] == 0);

    a = curl_upload(server, findings);
    answers.push_back(a.body);
    CHECK(a.status == 422);
    CHECK(a.json()["outcome"] == "rejected");
    CHECK_THAT(a.json()["message"].get<std::string>(), Contains("project-name-missing"));
    CHECK(a.json()["findings"]["error"].get<int>() >= 1);
    const nlohmann::json all = curl({}, server.url("/api/syncs/3/findings")).json();
    CHECK(all.size() == a.json()["findings"]["error"].get<std::size_t>() +
                            a.json()["findings"]["warning"].get<std::size_t>() +
                            a.json()["findings"]["info"].get<std::size_t>());

    CHECK(curl({}, server.url("/api/cards")).body == before);
    const nlohmann::json syncs = curl({}, server.url("/api/syncs")).json();
    REQUIRE(syncs.size() == 3);
    CHECK(syncs[0]["outcome"] == "rejected");
    CHECK(syncs[1]["outcome"] == "refused");
    CHECK(server.stop() == 0);
  }
  check_schema(answers);
  CHECK(state_json(state) == applied_state_json(folder, {corpus_feed("seed-example.xml")}));
}

TEST_CASE("serve: a body over --max-body-mib is 413 and changes nothing", "[serve]") {
  TempFolder folder;
  const std::string big = (folder / "big.xml").string();
  REQUIRE(run_syncfeed({"gen", "--seed", "4", "--projects", "800", "-o", big}).exit_code == 0);
  REQUIRE(std::filesystem::file_size(big) > (1u << 20));
  ServerProcess server(folder / "served.db", {"--max-body-mib", "1"});
  const HttpAnswer a = curl_upload(server, big);
  CHECK(a.status == 413);
  CHECK_THAT(a.json()["error"].get<std::string>(), Contains("--max-body-mib"));
  CHECK(curl({}, server.url("/api/syncs")).json().empty());
  CHECK(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
}

TEST_CASE("serve: a Source that cannot be downloaded is 502 unreadable, changes nothing, never shows a password",
          "[serve]") {
  TempFolder folder;
  ServerProcess server(folder / "served.db");
  REQUIRE(curl_upload(server, corpus_feed("seed-example.xml")).status == 200);
  const std::string before = curl({}, server.url("/api/cards")).body;
  // Port 1 of 127.0.0.1: nothing listens there. Without and with a password in the URL.
  for (const std::string source :
       {"http%3A%2F%2F127.0.0.1%3A1%2Ffeed.xml", "http%3A%2F%2Fshop%3As3cret%40127.0.0.1%3A1%2Ffeed.xml"}) {
    const HttpAnswer a = curl({"--max-time", "60"}, server.url("/Api/SyncFeed/42?Source=" + source));
    INFO(a.body);
    CHECK(a.status == 502);
    CHECK(a.json()["outcome"] == "unreadable");
    CHECK_THAT(a.json()["message"].get<std::string>(), Contains("127.0.0.1:1/feed.xml"));
  }
  CHECK(curl({}, server.url("/api/syncs/3")).json()["source"] == "http://shop:***@127.0.0.1:1/feed.xml");
  CHECK_THAT(curl({}, server.url("/api/syncs")).body, !Contains("s3cret"));
  CHECK(curl({}, server.url("/api/cards")).body == before);
}
