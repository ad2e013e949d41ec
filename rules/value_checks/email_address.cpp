// E-mail plausibility (see email_address.h).
#include "rules/value_checks/email_address.h"

#include <algorithm>

#include <fmt/format.h>

#include "rules/value_checks/text_fold.h"

namespace syncfeed {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool is_space_or_control(char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; }

bool is_local_char(char c) {
  static constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~.";
  return is_ascii_alnum(c) || is_non_ascii(c) || kSpecials.find(c) != std::string_view::npos;
}
bool is_domain_char(char c) { return is_ascii_alnum(c) || is_non_ascii(c) || c == '-' || c == '.'; }

std::string dots_problem(std::string_view part, std::string_view what) {
  if (part.front() == '.' || part.back() == '.') return fmt::format("{} starts or ends with a dot", what);
  if (part.find("..") != std::string_view::npos) return fmt::format("{} has two dots in a row", what);
  return {};
}

std::string local_problem(std::string_view local) {
  if (local.empty()) return "there is nothing before the @";
  auto bad = std::find_if_not(local.begin(), local.end(), is_local_char);
  if (bad != local.end()) return fmt::format("the part before the @ contains '{}'", *bad);
  return dots_problem(local, "the part before the @");
}

std::string domain_problem(std::string_view domain) {
  if (domain.empty()) return "there is nothing after the @";
  auto bad = std::find_if_not(domain.begin(), domain.end(), is_domain_char);
  if (bad != domain.end()) return fmt::format("the domain contains '{}'", *bad);
  if (domain.find('.') == std::string_view::npos) return fmt::format("the domain \"{}\" has no dot", domain);
  if (std::string problem = dots_problem(domain, "the domain"); !problem.empty()) return problem;
  const std::string_view tld = domain.substr(domain.rfind('.') + 1);
  if (tld.size() < 2 || std::all_of(tld.begin(), tld.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return fmt::format("the domain ends in \"{}\", which is not a top-level domain", tld);
  return {};
}

}  // namespace

std::string email_problem(std::string_view address) {
  if (address.empty()) return "it is empty";
  if (is_space_or_control(address.front()) || is_space_or_control(address.back()))
    return "it has spaces before or after it";
  if (std::any_of(address.begin(), address.end(), is_space_or_control) ||
      address.find("\xC2\xA0") != std::string_view::npos)
    return "it contains a space";
  const auto at = address.find('@');
  if (at == std::string_view::npos) return "it has no @";
  if (address.find('@', at + 1) != std::string_view::npos) return "it has more than one @";
  if (std::string problem = local_problem(address.substr(0, at)); !problem.empty()) return problem;
  return domain_problem(address.substr(at + 1));
}

std::string email_key(std::string_view address) {
  std::string key(trim_space(address));
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

}  // namespace syncfeed
