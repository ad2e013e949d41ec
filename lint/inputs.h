// The inputs of a lint run: files as given, folders searched (recursively)
// for *.xml in sorted order, "-" for standard input.
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
