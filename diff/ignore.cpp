#include "diff/ignore.h"

namespace syncfeed::diff {

IgnoreList::IgnoreList(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= pattern.size()) {
      const std::size_t slash = std::min(pattern.find('/', start), pattern.size());
      if (slash > start) tags.push_back(pattern.substr(start, slash - start));
      start = slash + 1;
    }
    if (!tags.empty()) patterns_.push_back(std::move(tags));
  }
}

bool IgnoreList::matches(const std::vector<std::string_view>& tags) const {
  for (const auto& pattern : patterns_) {
    if (pattern.size() > tags.size()) continue;
    bool suffix = true;
    for (std::size_t i = 0; i < pattern.size() && suffix; ++i)
      suffix = pattern[pattern.size() - 1 - i] == tags[tags.size() - 1 - i];
    if (suffix) return true;
  }
  return false;
}

}  // namespace syncfeed::diff
