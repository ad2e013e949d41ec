#include "lint/inputs.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "feed/ascii_case.h"
#include "net/url.h"

namespace syncfeed::lint {
namespace {

namespace fs = std::filesystem;

bool is_xml(const fs::path& p) { return ascii_lower(p.extension().string()) == ".xml"; }

// Both canonical: `path` is `folder` or lies below it.
bool inside(const fs::path& folder, const fs::path& path) {
  return std::mismatch(folder.begin(), folder.end(), path.begin(), path.end()).first == folder.end();
}

// A symbolic link whose target lies outside `boundary` (canonical): the
// reason it is not read, else nothing. A feed in a repository that is a link
// to /proc/self/environ or ~/.git-credentials would otherwise be read, and
// the text output's excerpt would print its first line (the CI secrets) into
// the build log. Only links are judged: a file or folder reached without one
// is read wherever it is.
std::optional<std::string> link_leaving(const std::string& shown, const fs::path& link, const fs::path& boundary,
                                        const std::string& boundary_name) {
  std::error_code ec;
  const fs::path target = fs::canonical(link, ec);
  if (ec || inside(boundary, target)) return std::nullopt;  // a dangling link is reported when it is read
  return shown + ": a symbolic link to " + target.generic_string() + ", outside " + boundary_name +
         ": not read (name the file itself to lint it)";
}

// A path named on the command line is read unless it is itself a symbolic
// link that leads out of the current folder: a shell glob (feeds/*.xml in a
// CI script) names a planted link as readily as a feed. `feeds/` names the
// link `feeds` too (tab completion adds the slash, and the system then looks
// through the link).
std::optional<std::string> named_link_leaving(const std::string& arg) {
  std::string named = arg;
  while (named.size() > 1 && named.back() == '/') named.pop_back();
  std::error_code ec;
  if (!fs::is_symlink(named, ec)) return std::nullopt;
  const fs::path here = fs::canonical(fs::current_path(ec), ec);
  return link_leaving(arg, named, here, "the current folder");
}

}  // namespace

Inputs expand_inputs(const std::vector<std::string>& given) {
  Inputs inputs;
  for (const std::string& arg : given) {
    std::error_code ec;
    if (net::is_url(arg)) {
      inputs.files.push_back(arg);  // downloaded when it is read
      continue;
    }
    if (arg != "-")
      if (std::optional<std::string> refused = named_link_leaving(arg)) {
        inputs.errors.push_back(std::move(*refused));
        continue;
      }
    if (arg == "-" || !fs::is_directory(arg, ec)) {
      inputs.files.push_back(arg);  // a missing file is reported when it is read
      continue;
    }
    // Links found in the folder are read only when they stay inside it.
    const fs::path folder = fs::canonical(arg, ec);
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::error_code type_ec;
      if (!is_xml(it->path()) || !it->is_regular_file(type_ec)) continue;
      const std::string path = it->path().generic_string();
      std::optional<std::string> refused;
      if (it->is_symlink(type_ec)) refused = link_leaving(path, it->path(), folder, arg);
      if (refused)
        inputs.errors.push_back(std::move(*refused));
      else
        found.push_back(path);
    }
    if (ec) inputs.errors.push_back(arg + ": cannot read the folder: " + ec.message());
    if (found.empty() && !ec) inputs.errors.push_back(arg + ": no .xml file in this folder");
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace syncfeed::lint
