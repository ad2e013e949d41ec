// The lint configuration: syncfeed.toml (found by walking up from the
// current folder, or given with --config) merged with the command line.
// The file format is documented in docs/lint.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "feed/finding.h"
#include "rules/settings.h"

namespace syncfeed::lint {

// A rule's configured severity; Off turns it off.
struct SeverityOverride {
  bool off = false;
  Severity severity = Severity::Error;
};

// What syncfeed.toml says. Rule ids are checked against the catalogue when
// the file is read; an unknown key, an unknown rule or a wrong type is a
// ConfigError naming the line.
struct Config {
  std::optional<std::vector<std::string>> select;  // absent: every rule ("ALL")
  std::vector<std::string> ignore;
  std::map<std::string, SeverityOverride> severity;
  RuleSettings settings;
  std::string source;  // the file it was read from ("" when none)
};

struct ConfigError {
  std::string message;  // "syncfeed.toml:7: unknown key 'slect' in [rules]"
};

// Reads a configuration file. Returns nothing and fills `error` on failure.
std::optional<Config> read_config(const std::filesystem::path& path, ConfigError& error);
// The same, from text (tests); `name` stands for the file in messages.
std::optional<Config> parse_config(std::string_view text, const std::string& name, ConfigError& error);

// The nearest syncfeed.toml in `start` or one of its parents; empty when none.
std::filesystem::path find_config(const std::filesystem::path& start);

inline constexpr std::string_view kConfigFileName = "syncfeed.toml";

}  // namespace syncfeed::lint
