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

using feedgen::all_defects;
using feedgen::DefectOptions;
using feedgen::Feed;
using feedgen::GenOptions;
using feedgen::generate_feed;
using feedgen::generate_feed_text;
using feedgen::Locale;
using feedgen::to_xml;

}  // namespace syncfeed
