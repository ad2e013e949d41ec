// Feeds of corpus/ copied to a folder of their own and served over HTTP by
// tests/data/feed_server.py, for the URL tests.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "feed_server.h"

namespace syncfeed::test {

struct ServedFeeds {
  explicit ServedFeeds(std::vector<std::string> server_args = {}) : server(folder.path(), std::move(server_args)) {
    for (const char* feed : {"lint/mixed.xml", "good/pretty.xml", "good/seed-example.xml",
                             "good/seed-example-update.xml", "sim/seed-example/feed-1.xml"})
      std::filesystem::copy_file(corpus_dir() / feed, folder / std::filesystem::path(feed).filename());
  }
  std::string file(const std::string& name) const { return (folder / name).string(); }

  TempFolder folder;  // first: the server serves it
  FeedServer server;
};

// `text` with every `from` replaced by `to`.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// The lines of `text` (a last line without '\n' counts).
inline std::size_t line_count(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += c == '\n';
  return n + (!text.empty() && text.back() != '\n');
}

}  // namespace syncfeed::test
