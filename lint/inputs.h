// The inputs of a lint run: files as given, folders searched (recursively)
// for *.xml in sorted order, "-" for standard input. Symbolic links are
// followed only where they stay: a link found in a folder, inside that folder;
// a link named on the command line, inside the current folder (docs/security.md).
#pragma once

#include <string>
#include <vector>

namespace syncfeed::lint {

struct Inputs {
  std::vector<std::string> files;   // in the order given; a folder's files sorted by path
  std::vector<std::string> errors;  // "feeds/: no .xml file in this folder"
};

Inputs expand_inputs(const std::vector<std::string>& given);

}  // namespace syncfeed::lint
