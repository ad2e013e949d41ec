#include "lint/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <tuple>

namespace syncfeed::lint {
namespace {

namespace fs = std::filesystem;

// Version 2: files relative to the baseline's folder. Version 1 (read only):
// files as typed, relative to the folder lint ran from.
constexpr int kVersion = 2;
constexpr std::string_view kStdin = "<stdin>";

// A finding's identity within its file.
std::string fingerprint(std::string_view rule, std::string_view project, std::string_view order,
                        std::string_view product, std::string_view field) {
  std::string key;
  for (std::string_view part : {rule, project, order, product, field}) {
    key.append(part);
    key += '\x1f';  // cannot occur in a rule id or an XML value
  }
  return key;
}

std::string fingerprint(const BaselineEntry& e) {
  return fingerprint(e.rule, e.project_id, e.order_id, e.product_id, e.field);
}

std::string fingerprint(const Finding& f) {
  return fingerprint(f.rule, f.project_id, f.order_id, f.product_id, f.field);
}

fs::path absolute_folder(const fs::path& folder) {
  return fs::absolute(folder.empty() ? fs::path(".") : folder).lexically_normal();
}

// `path` (absolute, or relative to the current folder) relative to `folder` (absolute).
std::string relative_to(const fs::path& path, const fs::path& folder) {
  const fs::path normal = fs::absolute(path).lexically_normal();
  const fs::path relative = normal.lexically_relative(folder);
  return (relative.empty() ? normal : relative).generic_string();
}

}  // namespace

BaselineMatcher::BaselineMatcher(std::vector<BaselineEntry> entries) : entries_(std::move(entries)) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    index_.emplace(fingerprint(entries_[i]), i);
    remaining_.push_back(entries_[i].count);
  }
}

bool BaselineMatcher::hides(const Finding& finding) {
  if (entries_.empty()) return false;
  auto it = index_.find(fingerprint(finding));
  if (it == index_.end() || remaining_[it->second] == 0) return false;
  --remaining_[it->second];
  return true;
}

std::vector<BaselineEntry> BaselineMatcher::stale(const std::string& shown) const {
  std::vector<BaselineEntry> out;
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (remaining_[i] > 0) {
      out.push_back(entries_[i]);
      out.back().file = shown;
      out.back().count = remaining_[i];
    }
  return out;
}

std::string Baseline::entry_name(const std::string& file) const {
  if (file == "-" || file == kStdin) return std::string(kStdin);
  return relative_to(file, folder_);
}

std::optional<Baseline> Baseline::read(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read the baseline " + path;
    return std::nullopt;
  }
  Baseline baseline;
  try {
    const nlohmann::json doc = nlohmann::json::parse(in);
    const int version = doc.at("version").get<int>();
    if (version != 1 && version != kVersion) {
      error = path + ": baseline version " + doc.at("version").dump() + " is not supported (expected 1 or 2)";
      return std::nullopt;
    }
    baseline.folder_ = absolute_folder(version == 1 ? fs::path(".") : fs::path(path).parent_path());
    for (const nlohmann::json& j : doc.at("findings")) {
      BaselineEntry e;
      const std::string file = j.at("file").get<std::string>();
      // Normalised as entry_name() names the files linted ("./a/../b.xml" is "b.xml").
      e.file = file == kStdin ? file : relative_to(baseline.folder_ / file, baseline.folder_);
      e.rule = j.at("rule").get<std::string>();
      e.project_id = j.value("project_id", "");
      e.order_id = j.value("order_id", "");
      e.product_id = j.value("product_id", "");
      e.field = j.value("field", "");
      e.count = j.value("count", std::size_t{1});
      e.message = j.value("message", "");
      baseline.entries_.push_back(std::move(e));
    }
  } catch (const nlohmann::json::exception& e) {
    error = path + ": not a syncfeed baseline: " + e.what();
    return std::nullopt;
  }
  return baseline;
}

Baseline Baseline::of(const std::vector<Finding>& findings, const std::string& path) {
  Baseline baseline;
  baseline.folder_ = absolute_folder(fs::path(path).parent_path());
  std::map<std::pair<std::string, std::string>, BaselineEntry> by_fingerprint;
  for (const Finding& f : findings) {
    std::string file = baseline.entry_name(f.file);
    auto [it, fresh] = by_fingerprint.try_emplace({file, fingerprint(f)});
    if (!fresh) {
      ++it->second.count;
      continue;
    }
    it->second = BaselineEntry{std::move(file), f.rule, f.project_id, f.order_id, f.product_id, f.field, 1, f.message};
  }
  for (auto& [key, entry] : by_fingerprint) baseline.entries_.push_back(std::move(entry));
  return baseline;
}

BaselineMatcher Baseline::matcher_for(const std::string& file) const {
  const std::string name = entry_name(file);
  std::vector<BaselineEntry> mine;
  for (const BaselineEntry& e : entries_)
    if (e.file == name) mine.push_back(e);
  return BaselineMatcher(std::move(mine));
}

void Baseline::write(Output& out) const {
  nlohmann::ordered_json doc;
  doc["version"] = kVersion;
  doc["tool"] = "syncfeed";
  doc["findings"] = nlohmann::ordered_json::array();
  for (const BaselineEntry& e : entries_) {
    nlohmann::ordered_json j;
    j["file"] = e.file;
    j["rule"] = e.rule;
    j["project_id"] = e.project_id;
    j["order_id"] = e.order_id;
    j["product_id"] = e.product_id;
    j["field"] = e.field;
    j["count"] = e.count;
    j["message"] = e.message;
    doc["findings"].push_back(std::move(j));
  }
  out.write(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  out.write("\n");
}

}  // namespace syncfeed::lint
