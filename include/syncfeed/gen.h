// syncfeed's public C++ API: generated feeds, for testing feed generators.
//
// - generate_feed: a seeded feed, valid by construction, streamed to an
//   Output (same options, same bytes on any machine), with defects injected
//   on demand (DefectOptions: rule ids of the catalogue, docs/rules/).
// - arbitrary::feed(), project(), business(), contact(), order(), customer(),
//   product(), edge_text(), custom_field(), defective_feed_xml(rule):
//   RapidCheck generators whose failures shrink; rc::Arbitrary<Feed> too.
#pragma once

#include "gen/arbitrary.h"       // arbitrary::*, Feed, to_xml
#include "gen/defects.h"         // all_defects: the rules an injector can break
#include "gen/feed_generator.h"  // generate_feed, generate_feed_text, DefectOptions
#include "gen/options.h"         // GenOptions

namespace syncfeed {

using gen::all_defects;
using gen::DefectOptions;
using gen::Feed;
using gen::GenOptions;
using gen::generate_feed;
using gen::generate_feed_text;
using gen::Locale;
using gen::to_xml;

// gen/'s namespace was called feedgen up to 0.1.0; code that names
// syncfeed::feedgen::Feed (as gen/arbitrary.h once showed) keeps compiling.
namespace feedgen = gen;

}  // namespace syncfeed
