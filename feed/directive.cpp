#include "feed/directive.h"

namespace syncfeed {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "syncfeed-disable a, b c" -> the words after the directive's name, split at
// commas and white space; nullopt when the comment is no such directive.
std::optional<std::vector<std::string>> directive_rules(std::string_view text, std::string_view name) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  if (text.substr(0, name.size()) != name) return std::nullopt;
  text.remove_prefix(name.size());
  if (!text.empty() && !is_space(text.front())) return std::nullopt;
  std::vector<std::string> rules;
  std::string word;
  for (char c : text) {
    if (is_space(c) || c == ',') {
      if (!word.empty()) rules.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) rules.push_back(std::move(word));
  return rules;
}

}  // namespace

std::optional<SuppressionDirective> parse_directive(std::string_view comment) {
  if (auto rules = directive_rules(comment, kDisableFile)) return SuppressionDirective{true, std::move(*rules)};
  if (auto rules = directive_rules(comment, kDisable)) return SuppressionDirective{false, std::move(*rules)};
  return std::nullopt;
}

}  // namespace syncfeed
