// The random feeds of gen/random_feed.h make every shape of contact,
// business and custom field the format allows, those lint warns about
// included, so that the simulator's properties (tests/sim/) and diff's
// (tests/diff/, with distinct keys and tricky values) meet them all. Counted
// over 200 feeds (100 of them at full size) by tests/support/feed_shapes.h; a
// shape never seen fails.
#include <rapidcheck/catch.h>

#include "gen/random_feed.h"
#include "support/feed_shapes.h"

using namespace syncfeed::test;
using syncfeed::arbitrary::FeedShape;
using syncfeed::arbitrary::random_projects;

TEST_CASE("random feeds hold every shape of contact, business and custom field") {
  ShapeCounts counts;
  rc::prop("count the shapes", [&counts] {
    count_shapes(*random_projects(), counts);  // small ones first, as the properties see them
    count_shapes(*rc::gen::resize(100, random_projects()), counts);
  });
  INFO("shapes seen in 200 feeds:\n" << describe(counts));
  const auto missing = missing_shapes(
      counts, {"contact with Id and e-mail", "contact with Id, no e-mail", "contact with e-mail, no Id",
               "contact with a name only (no Id, no e-mail)", "contact with no Id, no e-mail, no name",
               "contact with an empty name element", "contact with a custom field", "namesakes in one project",
               "a contact Id twice in one project", "a Project Id twice in one feed", "business with e-mail",
               "business without e-mail", "project without contacts", "project with a custom field",
               "order's Project with a custom field"});
  CHECK(missing == std::vector<std::string>{});
}

TEST_CASE("with distinct keys and tricky values (diff's properties) too, but for keys sent twice") {
  ShapeCounts counts;
  const FeedShape shape{.distinct_keys = true, .contact_twice = false, .tricky_values = true};
  rc::prop("count the shapes", [&counts, shape] {
    count_shapes(*random_projects(shape), counts);
    count_shapes(*rc::gen::resize(100, random_projects(shape)), counts);
  });
  INFO("shapes seen in 200 feeds:\n" << describe(counts));
  const auto missing = missing_shapes(
      counts, {"contact with Id and e-mail", "contact with Id, no e-mail", "contact with e-mail, no Id",
               "contact with a name only (no Id, no e-mail)", "contact with no Id, no e-mail, no name",
               "contact with an empty name element", "contact with a custom field", "namesakes in one project",
               "business with e-mail", "business without e-mail", "project without contacts",
               "project with a custom field", "order's Project with a custom field"});
  CHECK(missing == std::vector<std::string>{});
  CHECK(counts.count("a Project Id twice in one feed") == 0);
  CHECK(counts.count("a contact Id twice in one project") == 0);
}
