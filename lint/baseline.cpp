#include "lint/baseline.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <tuple>

namespace syncfeed::lint {
namespace {

constexpr int kVersion = 1;

std::string fingerprint(std::string_view file, std::string_view rule, std::string_view project, std::string_view order,
                        std::string_view product, std::string_view field) {
  std::string key;
  for (std::string_view part : {file, rule, project, order, product, field}) {
    key.append(part);
    key += '\x1f';  // cannot occur in a path or an XML value
  }
  return key;
}

std::string fingerprint(const BaselineEntry& e) {
  return fingerprint(e.file, e.rule, e.project_id, e.order_id, e.product_id, e.field);
}

std::string fingerprint(const Finding& f) {
  return fingerprint(baseline_file_key(f.file), f.rule, f.project_id, f.order_id, f.product_id, f.field);
}

}  // namespace

std::string baseline_file_key(const std::string& file) {
  if (file == "<stdin>" || file == "-") return "<stdin>";
  return std::filesystem::path(file).lexically_normal().generic_string();
}

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

std::vector<BaselineEntry> BaselineMatcher::stale() const {
  std::vector<BaselineEntry> out;
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (remaining_[i] > 0) {
      out.push_back(entries_[i]);
      out.back().count = remaining_[i];
    }
  return out;
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
    if (doc.at("version").get<int>() != kVersion) {
      error = path + ": baseline version " + doc.at("version").dump() + " is not supported (expected 1)";
      return std::nullopt;
    }
    for (const nlohmann::json& j : doc.at("findings")) {
      BaselineEntry e;
      e.file = j.at("file").get<std::string>();
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

Baseline Baseline::of(const std::vector<Finding>& findings) {
  std::map<std::string, BaselineEntry> by_fingerprint;
  for (const Finding& f : findings) {
    auto [it, fresh] = by_fingerprint.try_emplace(fingerprint(f));
    if (!fresh) {
      ++it->second.count;
      continue;
    }
    it->second = BaselineEntry{baseline_file_key(f.file), f.rule, f.project_id, f.order_id, f.product_id, f.field,
                               1, f.message};
  }
  Baseline baseline;
  for (auto& [key, entry] : by_fingerprint) baseline.entries_.push_back(std::move(entry));
  return baseline;
}

BaselineMatcher Baseline::matcher_for(const std::string& file) const {
  const std::string key = baseline_file_key(file);
  std::vector<BaselineEntry> mine;
  for (const BaselineEntry& e : entries_)
    if (e.file == key) mine.push_back(e);
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
