// An Output that writes UTF-8 text in another encoding (for the xml-encoding
// defect): iconv does the conversion; a character the encoding lacks is
// written as a character reference, which is legal wherever the feed has text.
#pragma once

#include <string>

#include "feed/output.h"

namespace syncfeed::gen {

class TranscodingOutput final : public Output {
 public:
  // Throws std::runtime_error when iconv does not know `encoding`.
  TranscodingOutput(Output& out, const std::string& encoding);
  ~TranscodingOutput() override;
  TranscodingOutput(const TranscodingOutput&) = delete;
  TranscodingOutput& operator=(const TranscodingOutput&) = delete;

  // Whole UTF-8 sequences are expected in each write (the generator writes whole projects).
  void write(std::string_view utf8) override;

 private:
  Output& out_;
  void* cd_;  // iconv_t
  std::string buffer_;
};

}  // namespace syncfeed::gen
