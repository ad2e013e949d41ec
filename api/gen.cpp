// include/syncfeed/gen.h over the generator (gen/). generate_feed_text is
// gen/feed_generator.cpp's, the RapidCheck generators of
// include/syncfeed/arbitrary.h are gen/arbitrary.cpp's.
#include "syncfeed/gen.h"

#include "gen/defects.h"

namespace syncfeed {

std::vector<std::string> defect_rules() {
  std::vector<std::string> rules;
  for (const gen::Defect& defect : gen::all_defects()) rules.emplace_back(defect.rule);
  return rules;
}

}  // namespace syncfeed
