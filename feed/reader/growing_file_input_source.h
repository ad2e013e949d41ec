// A file still being written as Xerces reads it (ReadOptions::growing): at
// the file's current end the parser waits until the writer appends more or
// finishes it; a whole file then ends there, a failed one throws InputFailed
// (feed/reader/input_failed.h) with the writer's reason.
#pragma once

#include <string>

#include <xercesc/sax/InputSource.hpp>

#include "feed/growing_file.h"
#include "feed/reader/input_failed.h"

namespace syncfeed {

class GrowingFileInputSource final : public xercesc::InputSource {
 public:
  GrowingFileInputSource(std::string path, const GrowingFile& file);
  xercesc::BinInputStream* makeStream() const override;

 private:
  std::string path_;
  const GrowingFile& file_;
};

}  // namespace syncfeed
