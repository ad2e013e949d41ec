// Where the test data lives, and the feeds of corpus/ by kind.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace syncfeed::test {

inline std::filesystem::path source_dir() { return SYNCFEED_SOURCE_DIR; }
inline std::filesystem::path corpus_dir() { return source_dir() / "corpus"; }

// The .xml files of one corpus folder ("good", "broken"), sorted by name.
inline std::vector<std::filesystem::path> corpus_feeds(const std::string& folder) {
  std::vector<std::filesystem::path> feeds;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir() / folder))
    if (entry.path().extension() == ".xml") feeds.push_back(entry.path());
  std::sort(feeds.begin(), feeds.end());
  return feeds;
}

}  // namespace syncfeed::test
