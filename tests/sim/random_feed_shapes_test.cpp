// The simulator's own random feeds (random_feed.h) make every shape of
// contact the format allows, those lint warns about included, so that the
// properties over them (resend_properties_test.cpp) meet them all. Counted
// over 200 feeds (100 of them at full size) by tests/support/feed_shapes.h; a
// shape never seen fails.
#include <rapidcheck/catch.h>

#include "random_feed.h"
#include "support/feed_shapes.h"

using namespace syncfeed::test;

TEST_CASE("the simulator's random feeds hold every shape of contact, business and custom field") {
  ShapeCounts counts;
  rc::prop("count the shapes", [&counts] {
    count_shapes(*random_projects(), counts);  // small ones first, as the properties see them
    count_shapes(*rc::gen::resize(100, random_projects()), counts);
  });
  std::string seen;
  for (const auto& [shape, n] : counts) seen += "  " + shape + ": " + std::to_string(n) + "\n";
  INFO("shapes seen in 200 feeds:\n" << seen);
  const auto missing = missing_shapes(
      counts, {"contact with Id and e-mail", "contact with Id, no e-mail", "contact with e-mail, no Id",
               "contact with a name only (no Id, no e-mail)", "contact with no Id, no e-mail, no name",
               "contact with an empty name element", "contact with a custom field", "namesakes in one project",
               "a contact Id twice in one project", "a Project Id twice in one feed", "business with e-mail",
               "business without e-mail", "project without contacts", "project with a custom field",
               "order's Project with a custom field"});
  CHECK(missing == std::vector<std::string>{});
}
