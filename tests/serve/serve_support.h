// What the serve tests share: curl as the client, feeds to send, and the
// state that `syncfeed apply` makes of the same feeds, to compare with.
#pragma once

#include <fmt/format.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "server_process.h"

namespace syncfeed::test {

struct HttpAnswer {
  int status = 0;
  std::string body;
  nlohmann::json json() const { return nlohmann::json::parse(body); }
};

// curl ARGS... URL: the body and the status, as a script would see them.
inline HttpAnswer curl(std::vector<std::string> args, const std::string& url) {
  std::vector<std::string> argv{"curl", "--silent", "--show-error", "--write-out", "\n%{http_code}"};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.push_back(url);
  const ProcessResult r = run_process(argv);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::size_t cut = r.out.rfind('\n');
  return {std::stoi(r.out.substr(cut + 1)), r.out.substr(0, cut)};
}

// An upload as curl sends it: the feed as the body, Content-Type: application/xml.
inline HttpAnswer curl_upload(const ServerProcess& server, const std::string& feed, const std::string& system_id = "42",
                              const std::string& credentials = "42:secret") {
  std::vector<std::string> args{"-H", "Content-Type: application/xml", "--data-binary", "@" + feed};
  if (!credentials.empty()) args.insert(args.end(), {"-u", credentials});
  return curl(args, server.url("/Api/SyncFeed/" + system_id + "/Upload"));
}

inline std::string url_encoded(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

// Waits until the server's log (its standard error) holds `text`; fails the test after `seconds`.
inline void wait_for_log(ServerProcess& server, const std::string& text, int seconds = 60) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  auto logged = [&] { return server.process().err().find(text) != std::string::npos; };
  while (!logged() && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  INFO(server.process().err());
  REQUIRE(logged());
}

inline std::string corpus_feed(const std::string& name) { return (corpus_dir() / "good" / name).string(); }

// A feed of `gen`: valid, `projects` projects with orders.
inline std::string generated_feed(const TempFolder& folder, int seed, int projects = 5) {
  const std::string path = (folder / ("gen-" + std::to_string(seed) + ".xml")).string();
  const ProcessResult r = run_syncfeed(
      {"gen", "--seed", std::to_string(seed), "--projects", std::to_string(projects), "--orders", "0..2", "-o", path});
  REQUIRE(r.exit_code == 0);
  return path;
}

// The cards `syncfeed apply` makes of `feeds`, applied one run each, in order.
inline std::string applied_state_json(const TempFolder& folder, const std::vector<std::string>& feeds) {
  const std::string state = (folder / "by-apply.db").string();
  for (const std::string& feed : feeds) {
    const ProcessResult r = run_syncfeed({"apply", "--quiet", "--state", state, feed});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  return state_json(state);
}

}  // namespace syncfeed::test
