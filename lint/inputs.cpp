#include "lint/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>

namespace syncfeed::lint {
namespace {

bool is_xml(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".xml";
}

// A path that reaches, through a symbolic link, a file outside the current
// folder: the reason it is not read, else nothing. A feed in a repository
// that is a link to /proc/self/environ or ~/.git-credentials would otherwise
// be read, and the text output's excerpt would print its first line (the CI
// secrets) into the build log. Paths without a link are read wherever they are.
std::optional<std::string> link_outside(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path real = fs::canonical(path, ec);
  if (ec) return std::nullopt;  // missing: reported when it is read
  if (real == fs::absolute(path, ec).lexically_normal()) return std::nullopt;
  const fs::path here = fs::canonical(fs::current_path(ec), ec);
  const auto [end, rest] = std::mismatch(here.begin(), here.end(), real.begin(), real.end());
  if (end == here.end()) return std::nullopt;  // inside the current folder
  return path.generic_string() + ": a symbolic link to " + real.generic_string() +
         ", outside the current folder: not read (name the file itself to lint it)";
}

}  // namespace

Inputs expand_inputs(const std::vector<std::string>& given) {
  namespace fs = std::filesystem;
  Inputs inputs;
  for (const std::string& arg : given) {
    std::error_code ec;
    if (arg != "-")
      if (std::optional<std::string> refused = link_outside(arg)) {
        inputs.errors.push_back(std::move(*refused));
        continue;
      }
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      inputs.files.push_back(arg);  // a missing file is reported when it is read
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (!is_xml(it->path()) || !it->is_regular_file(type_ec)) continue;
      if (std::optional<std::string> refused = link_outside(it->path()))
        inputs.errors.push_back(std::move(*refused));
      else
        found.push_back(it->path().generic_string());
    }
    if (ec) inputs.errors.push_back(arg + ": cannot read the folder: " + ec.message());
    if (found.empty() && !ec) inputs.errors.push_back(arg + ": no .xml file in this folder");
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace syncfeed::lint
