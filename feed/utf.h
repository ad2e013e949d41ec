// UTF-16 (Xerces's XMLCh) to UTF-8 and back. One tight loop instead of a
// transcoder object per call: it is the reader's hottest path.
#pragma once

#include <string>

namespace syncfeed {

void append_utf8(std::string& out, const char16_t* text, std::size_t length);
std::u16string utf16(const std::string& text);

}  // namespace syncfeed
