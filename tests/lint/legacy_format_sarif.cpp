// lint's --format sarif as it was written before the report writers streamed
// (main at 72f4cd2), verbatim but for the namespace: the oracle of
// report_writers_test.cpp, which wants the same bytes from the new writer.
#include "legacy_formats.h"
// --format sarif: SARIF 2.1.0 (OASIS), as GitHub code scanning reads it. The
// driver lists every rule of the catalogue; each result points at its file
// with a relative URI and at line and column (columns count characters).
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "lint/fingerprint.h"
#include "rules/registry.h"

namespace syncfeed::lint::legacy {
namespace {

using json = nlohmann::ordered_json;

std::string_view level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// A URI reference for a path: relative paths stay relative (GitHub resolves
// them against the repository), absolute ones become file:// URIs; reserved
// characters are percent-encoded.
std::string file_uri(const std::string& file) {
  if (file == "<stdin>") return "stdin";
  const std::filesystem::path path(file);
  const std::string generic = path.lexically_normal().generic_string();
  std::string out = path.is_absolute() ? "file://" : "";
  for (unsigned char c : generic) {
    if (std::isalnum(c) || std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

json rule_descriptor(const RuleInfo& rule) {
  json d;
  d["id"] = rule.id;
  d["shortDescription"] = {{"text", std::string(rule.summary)}};
  d["fullDescription"] = {{"text", std::string(rule.description)}};
  const std::string help = fmt::format("{}\n\nHow to fix: {}", rule.description, rule.fix);
  d["help"] = {{"text", help}, {"markdown", fmt::format("{}\n\n**How to fix:** {}", rule.description, rule.fix)}};
  d["defaultConfiguration"] = {{"level", level(rule.severity)}};
  return d;
}

}  // namespace

void render_sarif(const Report& report, const RenderOptions& options, Output& out) {
  json driver;
  driver["name"] = options.tool.name;
  driver["version"] = options.tool.version;
  driver["semanticVersion"] = options.tool.version;
  if (!options.tool.information_uri.empty()) driver["informationUri"] = options.tool.information_uri;
  json rules = json::array();
  std::map<std::string_view, std::size_t> index;
  for (const RuleEntry& entry : all_rules()) {
    index[entry.info.id] = rules.size();
    rules.push_back(rule_descriptor(entry.info));
  }
  driver["rules"] = std::move(rules);

  json results = json::array();
  json notifications = json::array();
  for (const FileResult& file : report.files) {
    if (!file.opened) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", file.io_error}}},
           {"locations",
            json::array({{{"physicalLocation", {{"artifactLocation", {{"uri", file_uri(file.file)}}}}}}})}});
      continue;
    }
    std::map<std::string, std::size_t> occurrences;  // per fingerprint, in this file
    for (const Finding& f : file.findings) {
      json result;
      result["ruleId"] = f.rule;
      if (auto it = index.find(f.rule); it != index.end()) result["ruleIndex"] = it->second;
      result["level"] = level(f.severity);
      result["message"] = {{"text", f.message}};
      json region = {{"startLine", std::max<std::uint32_t>(1, f.loc.line)},
                     {"startColumn", std::max<std::uint32_t>(1, f.loc.column)}};
      result["locations"] = json::array(
          {{{"physicalLocation", {{"artifactLocation", {{"uri", file_uri(f.file)}}}, {"region", std::move(region)}}}}});
      // The fingerprint and which occurrence of it in the file this is (1, 2...):
      // two findings with one identity (two unknown fields of one name in one
      // record) stay two alerts, and keep their values when lines move.
      const std::string hash = fingerprint_hash(f);
      result["partialFingerprints"] = {{"syncfeedFindingHash/v2", fmt::format("{}:{}", hash, ++occurrences[hash])}};
      results.push_back(std::move(result));
    }
  }

  json run;
  run["tool"] = {{"driver", std::move(driver)}};
  json invocation = {{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  run["invocations"] = json::array({std::move(invocation)});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  json doc;
  doc["$schema"] = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  doc["version"] = "2.1.0";
  doc["runs"] = json::array({std::move(run)});
  out.write(doc.dump(2, ' ', false, json::error_handler_t::replace));
  out.write("\n");
}

}  // namespace syncfeed::lint::legacy
