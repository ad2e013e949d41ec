// syncfeed gen: seeded feeds, valid by construction, with defects on demand.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include "cli/command_line.h"
#include "feed/output.h"
#include "gen/defects.h"
#include "gen/feed_generator.h"

namespace syncfeed::cli {

using namespace gen;
namespace {

bool parse_number(std::string_view text, std::uint32_t& out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

// "2..5", or "3" for exactly three.
bool parse_range(const std::string& text, std::uint32_t& min, std::uint32_t& max) {
  const auto dots = text.find("..");
  if (dots == std::string::npos) return parse_number(text, min) && (max = min, true);
  return parse_number(std::string_view(text).substr(0, dots), min) &&
         parse_number(std::string_view(text).substr(dots + 2), max) && min <= max;
}

// A generated feed is valid by construction: its CategoryId too, a positive
// integer of at most 18 digits.
constexpr std::uint64_t kMaxCategoryId = 999'999'999'999'999'999;

void list_defects() {
  for (const Defect& d : all_defects()) fmt::print("{:<26} {}\n", d.rule, d.how);
}

}  // namespace

int run_gen(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed gen [--seed S] [--projects N] [--orders MIN..MAX] [--defect RULE]... [-o FILE]";
  line.description =
      "Writes a feed with realistic Hungarian and Romanian webshop data, valid by construction\n"
      "(lint reports nothing; with --edge-values at most infos). The same arguments give the same\n"
      "bytes on every machine; another seed gives another feed. The feed is written project by\n"
      "project: its size is not limited by memory.\n"
      "--defect RULE breaks that rule (see --list-defects) in one project, or in a fraction of them\n"
      "with --defect-rate; repeat it for several rules.\n"
      "Exit: 0 written, 2 usage or I/O error.";
  GenOptions options;
  DefectOptions defects;
  std::string orders = "0..3";
  std::string shop;
  std::string style;
  std::string output;
  double rate = 0;
  std::uint64_t category_id = 0;
  // clang-format off
  line.options.add_options()
      ("seed", number_value(&options.seed, std::uint64_t{0})->default_value(1), "the seed: same seed, same feed")
      ("projects,n", number_value(&options.projects, std::uint64_t{0})->default_value(10), "how many projects")
      ("orders", po::value(&orders)->default_value("0..3")->value_name("MIN..MAX"), "orders per project: MIN..MAX, or N")
      ("defect", po::value(&defects.rules)->composing(), "break this rule (repeatable)")
      ("defect-rate", number_value(&rate, 0.0, 1.0), "chance in [0, 1] that a project gets each defect (default: one project)")
      ("edge-values", "values that break generators: empty optional fields, long text, emoji, CR and TAB, "
                      "XML specials, custom fields with attributes and nesting")
      ("shop", po::value(&shop), "the shop's country and language: hu or ro (default: from the seed)")
      ("category-id", number_value(&category_id, std::uint64_t{1}, kMaxCategoryId), "the Webshop module's id (default: from the seed)")
      ("catalogue-size", number_value(&options.catalogue_size, std::uint64_t{1})->default_value(500), "products in the shop's catalogue")
      ("style", po::value(&style)->default_value("canonical"),
       "canonical (docs/format.md section 5) or plugin (one line, encoding=\"utf-8\", as MiniCRM's plugin writes it)")
      ("output,o", po::value(&output), "write to FILE (atomically) instead of standard output")
      ("list-defects", "list the rules --defect can break, and how");
  // clang-format on
  if (auto done = parse_command_line(line, args)) return *done;
  if (line.values.count("list-defects")) return list_defects(), kExitClean;
  if (!parse_range(orders, options.orders_min, options.orders_max))
    return usage_error(
        fmt::format("--orders takes MIN..MAX or N, whole numbers from 0 to {} with MIN <= MAX, not '{}' "
                    "(see: syncfeed gen --help)",
                    std::numeric_limits<std::uint32_t>::max(), orders));
  if (!shop.empty()) {
    if (shop != "hu" && shop != "ro") return usage_error(fmt::format("gen: --shop takes hu or ro, not '{}'", shop));
    options.shop = shop == "hu" ? Locale::Hu : Locale::Ro;
  }
  if (style != "canonical" && style != "plugin")
    return usage_error(fmt::format("gen: --style takes canonical or plugin, not '{}'", style));
  options.style = style == "plugin" ? Style::Plugin : Style::Canonical;
  if (line.values.count("category-id")) options.category_id = std::to_string(category_id);
  options.edge_values = line.values.count("edge-values") > 0;
  if (line.values.count("defect-rate")) defects.rate = rate;
  for (const std::string& rule : defects.rules)
    if (!find_defect(rule))
      return usage_error(fmt::format("gen: no defect for the rule '{}' (see: syncfeed gen --list-defects)", rule));

  try {
    if (!output.empty()) {
      AtomicFile file(output);
      if (!file.ok()) return usage_error(file.error());
      generate_feed(options, defects, file);
      if (!file.commit()) return usage_error(file.error());
      return kExitClean;
    }
    FileOutput out(stdout);
    generate_feed(options, defects, out);
    std::fflush(stdout);
    if (out.failed()) return usage_error("cannot write to standard output");
  } catch (const std::invalid_argument& e) {
    return usage_error(fmt::format("gen: {}", e.what()));
  }
  return kExitClean;
}

}  // namespace syncfeed::cli
