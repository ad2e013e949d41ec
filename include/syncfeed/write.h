// syncfeed's public C++ API: writing feeds in canonical form.
//
// CanonicalWriter streams (begin, one project() per Project, end) to an
// Output: a FileOutput, a StringOutput, or an AtomicFile that replaces its
// file only when complete. The same model always gives the same bytes.
#pragma once

#include <string>
#include <vector>

#include "feed/output.h"  // Output, StringOutput, FileOutput, AtomicFile
#include "feed/writer.h"  // CanonicalWriter, canonical_document, canonical_element
#include "syncfeed/model.h"

namespace syncfeed {

// The canonical XML of a whole feed.
inline std::string write_feed(const std::vector<Element>& projects) { return canonical_document(projects); }

}  // namespace syncfeed
