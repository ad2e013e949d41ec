// syncfeed's public C++ API: generated feeds, for testing feed generators
// and readers (docs/gen.md). A seeded feed is valid by construction (same
// options, same bytes on any machine), with defects injected on demand: the
// rules of the catalogue (docs/rules/) that defect_rules() lists.
// The RapidCheck generators are in syncfeed/arbitrary.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "syncfeed/model.h"

namespace syncfeed {

// The shop's language and country.
enum class Locale : unsigned char { Hu, Ro };

// How the feed is laid out: the canonical form (docs/format.md §5), or as
// MiniCRM's plugin writes it (one line, encoding="utf-8"). Same data.
enum class Style : unsigned char { Canonical, Plugin };

// What a generated feed looks like: the knobs of `syncfeed gen`.
struct GenOptions {
  std::uint64_t seed = 1;
  std::uint64_t projects = 10;
  std::uint32_t orders_min = 0;  // orders per project
  std::uint32_t orders_max = 3;
  // Values that break feed generators but are still valid: empty optional
  // fields, long text, characters outside the BMP, CR and TAB, XML
  // specials, custom fields with attributes, nesting and mixed content.
  bool edge_values = false;
  std::optional<Locale> shop;  // the shop's language and country; default: from the seed
  std::string category_id;     // the Webshop module's id; default: from the seed
  std::uint64_t catalogue_size = 500;
  Style style = Style::Canonical;
};

struct DefectOptions {
  std::vector<std::string> rules;  // rule ids (defect_rules()); each is injected on its own
  // Chance that a project gets each defect. Unset: exactly one project per
  // rule. Set: each project with this chance, and always at least one.
  std::optional<double> rate;
};

// The XML of a generated feed, in memory. Throws std::invalid_argument for
// a rule without injector or a rate outside [0, 1].
std::string generate_feed_text(const GenOptions& options, const DefectOptions& defects = {});

// The rule ids a defect can be injected for.
std::vector<std::string> defect_rules();

// A whole feed: its projects (arbitrary::feed() makes them).
struct Feed {
  std::vector<Element> projects;
  friend bool operator==(const Feed&, const Feed&) = default;
};

// The canonical XML of a feed.
std::string to_xml(const Feed& feed);

// gen/'s namespace was called feedgen up to 0.1.0, and these types lived in
// it: code that names syncfeed::feedgen::Feed keeps compiling.
namespace gen {
using ::syncfeed::DefectOptions;
using ::syncfeed::Feed;
using ::syncfeed::GenOptions;
using ::syncfeed::Locale;
using ::syncfeed::Style;
}  // namespace gen
namespace feedgen = gen;

}  // namespace syncfeed
