#pragma once
#include <string_view>

namespace syncfeed {
// The text of xsd/syncfeed.xsd, compiled into the binary.
std::string_view embedded_xsd();
}  // namespace syncfeed
