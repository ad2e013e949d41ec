#include "diff/ignore.h"

#include <fmt/format.h>
#include <algorithm>

#include "feed/schema.h"
#include "feed/spelling.h"

namespace syncfeed::diff {
namespace {

std::vector<std::string> split_tags(std::string_view pattern) {
  std::vector<std::string> tags;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    const std::size_t slash = std::min(pattern.find('/', start), pattern.size());
    if (slash > start) tags.emplace_back(pattern.substr(start, slash - start));
    start = slash + 1;
  }
  return tags;
}

const std::vector<std::string_view>& format_tags() {
  static const std::vector<std::string_view> tags = [] {
    std::vector<std::string_view> all;
    for (int k = 0; k < static_cast<int>(Kind::Custom); ++k) all.push_back(tag(static_cast<Kind>(k)));
    return all;
  }();
  return tags;
}

}  // namespace

std::optional<std::string> misspelt_field(std::string_view pattern) {
  for (const std::string& t : split_tags(pattern)) {
    const auto& known = format_tags();
    if (std::find(known.begin(), known.end(), t) != known.end()) continue;
    if (const std::optional<std::string_view> best = closest_spelling(t, known))
      return fmt::format("'{}' is no field of the format (did you mean '{}'? a custom field is named exactly)", t,
                         *best);
  }
  return std::nullopt;
}

IgnoreList::IgnoreList(const std::vector<std::string>& patterns) {
  for (const std::string& pattern : patterns)
    if (std::vector<std::string> tags = split_tags(pattern); !tags.empty()) patterns_.push_back(std::move(tags));
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
