// The RapidCheck generators with edge values make every shape of contact,
// business and custom field a valid feed can have (tests/support/feed_shapes.h
// counts them): the simulator's properties over them (properties_test.cpp)
// then really meet contacts MiniCRM knows only by name. Shapes that lint
// reports as warnings or errors (a contact with no name at all, a Project Id
// twice, a custom field in a Contact) are the defect injectors' business here,
// and gen/random_feed.h makes them for the simulator's properties
// (random_feed_shapes_test.cpp).
#include <rapidcheck/catch.h>
#include <catch2/catch.hpp>

#include "gen/arbitrary.h"
#include "support/feed_shapes.h"

using namespace syncfeed;
using namespace syncfeed::test;

TEST_CASE("generated feeds with edge values hold every valid shape of contact, business and custom field") {
  ShapeCounts counts;
  rc::prop("count the shapes", [&counts] {
    count_shapes(gen::Feed(*arbitrary::feed(arbitrary::with_edge_values())).projects, counts);
    count_shapes(gen::Feed(*rc::gen::resize(100, arbitrary::feed(arbitrary::with_edge_values()))).projects, counts);
  });
  INFO("shapes seen in 200 feeds:\n" << describe(counts));
  const auto missing = missing_shapes(
      counts, {"contact with Id and e-mail", "contact with Id, no e-mail", "contact with e-mail, no Id",
               "contact with a name only (no Id, no e-mail)", "contact with an empty name element",
               "namesakes in one project", "business with e-mail", "business without e-mail",
               "project without contacts", "project with a custom field", "order's Project with a custom field"});
  CHECK(missing == std::vector<std::string>{});
}
