// --format sarif: SARIF 2.1.0 (OASIS), as GitHub code scanning reads it. The
// driver lists every rule of the catalogue; each result points at its file
// with a relative URI and at line and column (columns count characters).
//
// Written as it goes by feed/json_writer.h, in nlohmann's dump(2) layout: no
// object per result. What is the same for every finding of a file (its URI,
// its normalised path for the fingerprint) is worked out once per file.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "feed/json_writer.h"
#include "lint/fingerprint.h"
#include "lint/report.h"
#include "net/url.h"
#include "rules/registry.h"

namespace syncfeed::lint {
namespace {

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
// characters are percent-encoded. A feed that was downloaded is its URL.
std::string file_uri(const std::string& file) {
  if (file == "<stdin>") return "stdin";
  if (net::is_url(file)) return file;
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

void write_rule(JsonWriter& json, const RuleInfo& rule) {
  json.begin_object();
  json.key("id").value(rule.id);
  json.key("shortDescription").begin_object().key("text").value(rule.summary).end_object();
  json.key("fullDescription").begin_object().key("text").value(rule.description).end_object();
  json.key("help").begin_object();
  json.key("text").value(fmt::format("{}\n\nHow to fix: {}", rule.description, rule.fix));
  json.key("markdown").value(fmt::format("{}\n\n**How to fix:** {}", rule.description, rule.fix));
  json.end_object();
  json.key("defaultConfiguration").begin_object().key("level").value(level(rule.severity)).end_object();
  json.end_object();
}

// The rules of the catalogue, and where each is in the driver's list (a result's ruleIndex).
using RuleIndex = std::unordered_map<std::string_view, std::size_t>;

RuleIndex write_driver(JsonWriter& json, const ToolInfo& tool) {
  json.begin_object();
  json.key("name").value(tool.name);
  json.key("version").value(tool.version);
  json.key("semanticVersion").value(tool.version);
  if (!tool.information_uri.empty()) json.key("informationUri").value(tool.information_uri);
  json.key("rules").begin_array();
  RuleIndex index;
  std::size_t position = 0;
  for (const RuleEntry& entry : all_rules()) {
    index[entry.info.id] = position++;
    write_rule(json, entry.info);
  }
  json.end_array();
  json.end_object();
  return index;
}

void write_artifact(JsonWriter& json, std::string_view uri) {
  json.key("artifactLocation").begin_object().key("uri").value(uri).end_object();
}

// The files that could not be read: the run's notifications.
void write_invocation(JsonWriter& json, const Report& report) {
  const bool all_read =
      std::all_of(report.files.begin(), report.files.end(), [](const FileResult& f) { return f.opened; });
  json.begin_object();
  json.key("executionSuccessful").value(all_read);
  if (!all_read) {
    json.key("toolExecutionNotifications").begin_array();
    for (const FileResult& file : report.files) {
      if (file.opened) continue;
      json.begin_object();
      json.key("level").value("error");
      json.key("message").begin_object().key("text").value(file.io_error).end_object();
      json.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
      write_artifact(json, file_uri(file.file));
      json.end_object().end_object().end_array();
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

// The results of one file: the findings with their fingerprints.
class FileResults {
 public:
  FileResults(JsonWriter& json, const RuleIndex& index) : json_(json), index_(index) {}

  void write(const Finding& f) {
    if (!file_ || f.file != *file_) {  // every finding of a FileResult names its file: once per file
      file_ = f.file;
      uri_ = file_uri(f.file);
      fingerprint_file_ = fingerprint_file(f.file);
    }
    json_.begin_object();
    json_.key("ruleId").value(f.rule);
    if (auto it = index_.find(f.rule); it != index_.end()) json_.key("ruleIndex").value(it->second);
    json_.key("level").value(level(f.severity));
    json_.key("message").begin_object().key("text").value(f.message).end_object();
    json_.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
    write_artifact(json_, uri_);
    json_.key("region").begin_object();
    json_.key("startLine").value(std::max<std::uint32_t>(1, f.loc.line));
    json_.key("startColumn").value(std::max<std::uint32_t>(1, f.loc.column));
    json_.end_object();
    json_.end_object().end_object().end_array();
    // The fingerprint and which occurrence of it in the file this is (1, 2...):
    // two findings with one identity (two unknown fields of one name in one
    // record) stay two alerts, and keep their values when lines move.
    std::string hash = fingerprint_hash(f, fingerprint_file_);
    const std::size_t occurrence = ++occurrences_[hash];
    json_.key("partialFingerprints").begin_object();
    json_.key("syncfeedFindingHash/v2").value(fmt::format("{}:{}", hash, occurrence));
    json_.end_object();
    json_.end_object();
  }

 private:
  JsonWriter& json_;
  const RuleIndex& index_;
  std::optional<std::string> file_;
  std::string uri_, fingerprint_file_;
  std::unordered_map<std::string, std::size_t> occurrences_;  // per fingerprint, in this file
};

}  // namespace

void render_sarif(const Report& report, const RenderOptions& options, Output& out) {
  OutputBuffer buffer(out);
  JsonWriter json(buffer, JsonWriter::Layout::Indented);
  json.begin_object();
  json.key("$schema").value(
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
  json.key("version").value("2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver");
  const RuleIndex index = write_driver(json, options.tool);
  json.end_object();
  json.key("invocations").begin_array();
  write_invocation(json, report);
  json.end_array();
  json.key("columnKind").value("unicodeCodePoints");
  json.key("results").begin_array();
  for (const FileResult& file : report.files) {
    if (!file.opened) continue;
    FileResults results(json, index);
    for (const Finding& f : file.findings) results.write(f);
  }
  json.end_array();
  json.end_object().end_array();
  json.end_object().raw("\n");
}

}  // namespace syncfeed::lint
