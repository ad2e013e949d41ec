// `syncfeed gen` as a library: a whole feed from a seed, written project by
// project (memory stays flat however many projects), with defects injected
// into a fraction of them. Same options, same bytes, on any machine.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "feed/output.h"
#include "gen/options.h"
#include "gen/source.h"
#include "syncfeed/gen.h"

namespace syncfeed::gen {

// DefectOptions is public (include/syncfeed/gen.h).

struct GenSummary {
  std::uint64_t projects = 0;  // written, companions included
  std::uint64_t injected = 0;  // defects injected into projects (document defects not counted)
  std::uint64_t bytes = 0;     // before any transcoding
};

// Throws std::invalid_argument for an unknown rule or a rate outside [0, 1].
GenSummary generate_feed(const GenOptions& options, const DefectOptions& defects, Output& out);

// The same with the choices made by `content` and `injection` (options.seed
// is then only the catalogue's): the RapidCheck generators pass their source.
GenSummary generate_feed_from(Source& content, Source& injection, const GenOptions& options,
                              const DefectOptions& defects, Output& out);
// generate_feed_text (the XML of a generated feed, in memory) is public.
using ::syncfeed::generate_feed_text;

}  // namespace syncfeed::gen
