// syncfeed fuzz: property-based testing of a feed generator written in any
// language. The generator reads shop data as JSON on its standard input and
// writes the feed on its standard output (docs/fuzz.md).
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <random>

#include "cli/command_line.h"
#include "proptest/fuzz_session.h"

namespace syncfeed::cli {
namespace {

// --ignore takes a field of the format: Description, or Customer/Name.
bool is_field_name(const std::string& field) {
  const auto slash = field.find('/');
  if (slash == std::string::npos) return is_format_name(field);
  return is_format_name(field.substr(0, slash)) && is_format_name(field.substr(slash + 1));
}

std::uint64_t random_seed() {
  std::random_device device;
  return (static_cast<std::uint64_t>(device()) << 32 | device()) % 1'000'000'000;
}

}  // namespace

int run_fuzz(const Args& args) {
  CommandLine line;
  line.usage =
      "syncfeed fuzz [--runs N] [--seed S] [--timeout SEC] [--save DIR] [--replay FILE] "
      "[--fail-on LEVEL] [--ignore FIELD]... [--partial] -- COMMAND [ARGS...]";
  line.description =
      "Property-based testing of a feed generator written in any language. Each run writes seeded shop\n"
      "data as JSON (docs/fuzz-input.schema.json) to COMMAND's standard input and reads the feed from its\n"
      "standard output. COMMAND is run without a shell, in a process group of its own. Properties, in\n"
      "order: exits-0 (within --timeout, output bounded), well-formed-utf8-xml, lint-clean (nothing at\n"
      "or above --fail-on), same-data (every record by Id, every value equal; numbers within 0.005, VAT\n"
      "as a rate), plan-equivalent (with --partial), deterministic (run twice, same bytes).\n"
      "A failure is shrunk (fewer projects, orders, lines, contacts; shorter strings; rounder numbers)\n"
      "and reported with the minimal input and what is wrong in the output; --save DIR keeps it as a\n"
      "replay file, the only thing fuzz writes. The seed is printed: --seed S runs the same data again.\n"
      "Exit: 0 nothing found, 1 a property failed (shrunk), 2 usage error or COMMAND cannot be run.";
  proptest::SessionOptions session;
  double timeout = 10;
  std::string fail_on = "error";
  std::uint64_t max_output = 64u << 20;
  std::uint64_t shrink_seconds = 25;
  line.options.add_options()("runs", number_value(&session.runs, std::uint64_t{1})->default_value(100),
                             "how many inputs to try")("seed", number_value(&session.seed, std::uint64_t{0}),
                                                       "the seed of the shop data (default: a random one, printed)")(
      "timeout", number_value(&timeout, 0.01, 3600.0)->default_value(10)->value_name("SEC"),
      "seconds COMMAND may run on one input; then its process group is killed")(
      "save", po::value(&session.save_dir)->value_name("DIR"), "save a failing case (shrunk) in DIR as a replay file")(
      "replay", po::value(&session.replay)->value_name("FILE"), "run COMMAND on this saved case only")(
      "fail-on", choice_value(&fail_on, {"error", "warning", "info"}, "LEVEL")->default_value("error"),
      "the lowest lint severity that fails lint-clean")(
      "ignore", po::value(&session.check.same_data.ignore)->composing()->value_name("FIELD"),
      "a field the generator leaves out on purpose (Description, Customer/Name): same-data skips it (repeatable)")(
      "partial",
      "the generator writes a partial feed: same-data allows absent fields, and plan-equivalent checks "
      "that the feed, applied after the input, changes nothing")(
      "max-output", number_value(&max_output, std::uint64_t{1})->default_value(64u << 20)->value_name("BYTES"),
      "standard output COMMAND may write on one input; more kills it")(
      "shrink-time",
      number_value(&shrink_seconds, std::uint64_t{1}, std::uint64_t{3600})->default_value(25)->value_name("SEC"),
      "the most seconds spent shrinking a failure");

  const auto dashes = std::find(args.begin(), args.end(), "--");
  const Args own(args.begin(), dashes);
  if (auto done = parse_command_line(line, own)) return *done;
  if (dashes == args.end() || dashes + 1 == args.end())
    return usage_error(
        "fuzz: name the generator after --: syncfeed fuzz -- php generator.php (see: syncfeed fuzz --help)");
  session.check.command.assign(dashes + 1, args.end());
  for (const std::string& field : session.check.same_data.ignore)
    if (!is_field_name(field))
      return usage_error(
          fmt::format("fuzz: --ignore takes a field of the feed (Description, Customer/Name), not '{}'", field));
  if (!line.values.count("seed")) session.seed = random_seed();
  parse_severity(fail_on, session.check.fail_on);
  session.check.partial = line.values.count("partial") > 0;
  session.check.same_data.partial = session.check.partial;
  session.check.limits.timeout = std::chrono::milliseconds(static_cast<long long>(timeout * 1000));
  session.check.limits.max_output = max_output;
  session.shrink_budget = std::chrono::seconds(shrink_seconds);
  return proptest::run_session(session, std::cout, std::cerr);
}

}  // namespace syncfeed::cli
