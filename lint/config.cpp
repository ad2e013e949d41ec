#include "lint/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <fstream>
#include <sstream>

#include "lint/rule_ids.h"

namespace syncfeed::lint {
namespace {

// A problem found while reading the file; thrown, caught once in parse_config.
struct Problem {
  std::uint32_t line;
  std::string message;
};

std::uint32_t line_of(const toml::node& node) { return static_cast<std::uint32_t>(node.source().begin.line); }

[[noreturn]] void fail(const toml::node& node, std::string message) {
  throw Problem{line_of(node), std::move(message)};
}

std::string string_of(const toml::node& node, std::string_view what) {
  if (const auto* s = node.as_string()) return s->get();
  fail(node, fmt::format("{} must be a string", what));
}

std::vector<std::string> strings_of(const toml::node& node, std::string_view what) {
  const toml::array* array = node.as_array();
  if (!array) fail(node, fmt::format("{} must be an array of strings", what));
  std::vector<std::string> out;
  for (const toml::node& item : *array) out.push_back(string_of(item, fmt::format("each item of {}", what)));
  return out;
}

const toml::table& table_of(const toml::node& node, std::string_view what) {
  if (const auto* t = node.as_table()) return *t;
  fail(node, fmt::format("{} must be a table", what));
}

void check_rule_id(const toml::node& node, const std::string& id, bool all_allowed) {
  if ((all_allowed && id == kAllRules) || is_rule_id(id)) return;
  fail(node, fmt::format("unknown rule '{}'{}", id, did_you_mean(id)));
}

std::vector<std::string> rule_list(const toml::node& node, std::string_view what) {
  std::vector<std::string> ids = strings_of(node, what);
  const toml::array& array = *node.as_array();
  for (std::size_t i = 0; i < ids.size(); ++i) check_rule_id(*array.get(i), ids[i], true);
  return ids;
}

void read_severities(const toml::table& table, Config& config) {
  for (const auto& [key, value] : table) {
    const std::string id(key.str());
    const std::string level = string_of(value, fmt::format("the severity of '{}'", id));
    if (!is_rule_id(id))
      throw Problem{static_cast<std::uint32_t>(key.source().begin.line),
                    fmt::format("unknown rule '{}'{}", id, did_you_mean(id))};
    SeverityOverride o;
    if (level == "off")
      o.off = true;
    else if (!parse_severity(level, o.severity))
      fail(value, fmt::format("severity '{}' of '{}' is none of off, info, warning, error", level, id));
    config.severity[id] = o;
  }
}

[[noreturn]] void unknown_key(const toml::key& key, std::string_view section, std::string_view known) {
  throw Problem{static_cast<std::uint32_t>(key.source().begin.line),
                fmt::format("unknown key '{}' in {} (known: {})", key.str(), section, known)};
}

void read_rules(const toml::table& table, Config& config) {
  for (const auto& [key, value] : table) {
    if (key == "select")
      config.select = rule_list(value, "rules.select");
    else if (key == "ignore")
      config.ignore = rule_list(value, "rules.ignore");
    else if (key == "severity")
      read_severities(table_of(value, "[rules.severity]"), config);
    else
      unknown_key(key, "[rules]", "select, ignore, severity");
  }
}

void read_feed(const toml::table& table, Config& config) {
  RuleSettings& s = config.settings;
  for (const auto& [key, value] : table) {
    if (key == "category_id")
      s.category_id = string_of(value, "feed.category_id");
    else if (key == "extra_statuses")
      s.extra_statuses = strings_of(value, "feed.extra_statuses");
    else if (key == "vat_rates")
      s.vat_rates = strings_of(value, "feed.vat_rates");
    else if (key == "extra_countries")
      s.extra_countries = strings_of(value, "feed.extra_countries");
    else
      unknown_key(key, "[feed]", "category_id, extra_statuses, vat_rates, extra_countries");
  }
}

}  // namespace

std::optional<Config> parse_config(std::string_view text, const std::string& name, ConfigError& error) {
  Config config;
  config.source = name;
  try {
    const toml::table root = toml::parse(text, name);
    for (const auto& [key, value] : root) {
      if (key == "rules")
        read_rules(table_of(value, "[rules]"), config);
      else if (key == "feed")
        read_feed(table_of(value, "[feed]"), config);
      else
        unknown_key(key, "the top level", "[rules], [feed]");
    }
  } catch (const toml::parse_error& e) {
    error.message = fmt::format("{}:{}: {}", name, e.source().begin.line, e.description());
    return std::nullopt;
  } catch (const Problem& p) {
    error.message = fmt::format("{}:{}: {}", name, p.line, p.message);
    return std::nullopt;
  }
  return config;
}

std::optional<Config> read_config(const std::filesystem::path& path, ConfigError& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error.message = fmt::format("cannot read the configuration {}", path.string());
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_config(text.str(), path.string(), error);
}

std::filesystem::path find_config(const std::filesystem::path& start) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(start, ec);
  if (ec) return {};
  while (true) {
    const std::filesystem::path candidate = dir / kConfigFileName;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

}  // namespace syncfeed::lint
