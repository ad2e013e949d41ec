#include "gen/compact_writer.h"

#include "feed/writer.h"

namespace syncfeed::gen {

void append_compact(std::string& out, const Element& e) { append_inline(out, e, Directives::Omit); }

}  // namespace syncfeed::gen
