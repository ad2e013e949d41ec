// syncfeed's public C++ API: RapidCheck generators of feeds, valid by
// construction, with realistic Hungarian and Romanian data, for property
// tests of feed generators and readers. A failing case shrinks like any
// RapidCheck value (fewer projects, fewer orders, plainer values) and is
// printed as canonical XML with the seed to replay it with.
//
//   rc::prop("my writer round-trips", [](const syncfeed::Feed& feed) { ... });
//   auto order = *syncfeed::arbitrary::order();
#pragma once

#include <cstdint>
#include <ostream>
#include <string>

#include <rapidcheck.h>

#include "syncfeed/gen.h"
#include "syncfeed/model.h"

namespace syncfeed {
// How RapidCheck prints a counterexample: as canonical XML. Found by
// argument-dependent lookup, so they live beside the types.
void showValue(const Element& element, std::ostream& os);
void showValue(const Feed& feed, std::ostream& os);
}  // namespace syncfeed

namespace syncfeed::arbitrary {

// Options for the properties: the seed only chooses the catalogue.
inline GenOptions defaults() {
  GenOptions options;
  options.orders_max = 3;
  return options;
}
inline GenOptions with_edge_values() {
  GenOptions options = defaults();
  options.edge_values = true;
  return options;
}

// A feed of up to `max_projects` projects (fewer at small sizes and when shrinking).
rc::Gen<Feed> feed(GenOptions options = defaults(), std::uint64_t max_projects = 8);
// One record of each kind, each in a feed of its own (ids start at 1).
rc::Gen<Element> project(GenOptions options = defaults());
rc::Gen<Element> business(GenOptions options = defaults());
rc::Gen<Element> contact(GenOptions options = defaults());
rc::Gen<Element> order(GenOptions options = defaults());
rc::Gen<Element> customer(GenOptions options = defaults());
rc::Gen<Element> product(GenOptions options = defaults());

// Edge values: text that breaks generators (XML specials, emoji, CR, TAB,
// surrounding spaces, long text) and custom fields (attributes, nesting,
// mixed content).
rc::Gen<std::string> edge_text();
rc::Gen<Element> custom_field();

// The XML of a feed of up to `max_projects` projects in which `rule` is
// broken, in at least one project; throws std::invalid_argument for a rule
// without injector (defect_rules()).
rc::Gen<std::string> defective_feed_xml(std::string rule, GenOptions options = defaults(),
                                        std::uint64_t max_projects = 6);

}  // namespace syncfeed::arbitrary

namespace rc {

template <>
struct Arbitrary<syncfeed::Feed> {
  static Gen<syncfeed::Feed> arbitrary() { return syncfeed::arbitrary::feed(); }
};

}  // namespace rc
