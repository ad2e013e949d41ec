// Helpers of the lint tests: a temporary folder, and linting a feed held in a
// string through a file, as `syncfeed lint` would.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "lint/driver.h"

namespace syncfeed::test {

// A folder of its own under the system's temporary folder, removed with it.
class TempFolder {
 public:
  TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "syncfeed-lint-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
    path_ = pattern;
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

inline void write_whole_file(const std::filesystem::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

inline lint::FileResult lint_text(const std::string& xml, const lint::Policy& policy = lint::Policy::all(),
                                  lint::LintOptions options = {}, const RuleSettings& settings = {},
                                  lint::BaselineMatcher* baseline = nullptr) {
  TempFolder dir;
  const std::string path = (dir / "feed.xml").string();
  write_whole_file(path, xml);
  return lint::lint_file(path, policy, settings, options, baseline);
}

inline std::vector<Finding> of_rule(const std::vector<Finding>& findings, std::string_view rule) {
  std::vector<Finding> out;
  for (const Finding& f : findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

}  // namespace syncfeed::test
