#include "lint/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace syncfeed::lint {
namespace {

bool is_xml(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".xml";
}

}  // namespace

Inputs expand_inputs(const std::vector<std::string>& given) {
  namespace fs = std::filesystem;
  Inputs inputs;
  for (const std::string& arg : given) {
    std::error_code ec;
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      inputs.files.push_back(arg);  // a missing file is reported when it is read
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (is_xml(it->path()) && it->is_regular_file(type_ec)) found.push_back(it->path().generic_string());
    }
    if (ec) inputs.errors.push_back(arg + ": cannot read the folder: " + ec.message());
    if (found.empty() && !ec) inputs.errors.push_back(arg + ": no .xml file in this folder");
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace syncfeed::lint
