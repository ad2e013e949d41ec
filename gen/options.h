// What a generated feed looks like: the knobs of `syncfeed gen` and of the
// RapidCheck generators.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "gen/vocabulary.h"

namespace syncfeed::gen {

// How the feed is laid out: the canonical form (docs/format.md §5), or as
// MiniCRM's plugin writes it (one line, encoding="utf-8"). Same data.
enum class Style : unsigned char { Canonical, Plugin };

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

}  // namespace syncfeed::gen
