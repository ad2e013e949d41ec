// syncfeed rules: the rule catalogue, as a table or JSON; --markdown-dir
// writes docs/rules/ (scripts/gen-rule-docs).
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "cli/command_line.h"
#include "cli/output_formats.h"
#include "feed/output.h"
#include "lint/rule_docs.h"
#include "rules/registry.h"

namespace syncfeed::cli {
namespace {

bool write_atomically(const std::filesystem::path& path, const std::string& text) {
  AtomicFile file(path.string());
  if (file.ok()) file.write(text);
  if (file.ok() && file.commit()) return true;
  usage_error(fmt::format("cannot write {}: {}", path.string(), file.error()));
  return false;
}

int write_markdown(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return usage_error(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
  for (const RuleEntry& entry : all_rules())
    if (!write_atomically(dir / fmt::format("{}.md", entry.info.id), lint::rule_markdown(entry.info)))
      return kExitError;
  if (!write_atomically(dir / "README.md", lint::rules_index_markdown())) return kExitError;
  return kExitClean;
}

}  // namespace

int run_rules(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed rules [--format text|json]";
  line.description =
      "Lists every rule lint checks: id, default severity and summary.\n"
      "syncfeed explain RULE shows one rule's documentation and examples.";
  std::string format = "text";
  std::string markdown_dir;
  add_format_option(line, "rules", &format);
  line.options.add_options()("markdown-dir", po::value(&markdown_dir),
                             "write one Markdown page per rule and README.md into DIR (docs/rules)");
  if (auto done = parse_command_line(line, args)) return *done;
  if (!markdown_dir.empty()) return write_markdown(markdown_dir);

  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const RuleEntry& entry : all_rules())
      rules.push_back({{"id", entry.info.id},
                       {"severity", severity_name(entry.info.severity)},
                       {"summary", entry.info.summary},
                       {"description", entry.info.description},
                       {"fix", entry.info.fix}});
    fmt::print("{}\n", rules.dump(2));
    return kExitClean;
  }
  fmt::print("{:<26} {:<8} {}\n", "RULE", "SEVERITY", "SUMMARY");
  for (const RuleEntry& entry : all_rules())
    fmt::print("{:<26} {:<8} {}\n", entry.info.id, severity_name(entry.info.severity), entry.info.summary);
  return kExitClean;
}

}  // namespace syncfeed::cli
