#include "cli/sim_command.h"

#include <fmt/format.h>

#include <cstdio>

#include "cli/brief_findings.h"
#include "cli/color_option.h"
#include "cli/download_options.h"
#include "cli/output_formats.h"
#include "cli/progress_option.h"
#include "feed/output.h"
#include "sim/plan_output.h"
#include "sim/session.h"

namespace syncfeed::cli {
namespace {

// SQLite takes the cache as a count of KiB in an int: 1 TiB is far below its bound.
constexpr int kMaxCacheMib = 1 << 20;

int exit_code(const sim::SessionResult& result) {
  switch (result.outcome) {
    case sim::SessionResult::Outcome::Done: return kExitClean;
    case sim::SessionResult::Outcome::BrokenFeed: return kExitFindings;
    case sim::SessionResult::Outcome::Failed: return kExitError;
  }
  return kExitError;
}

}  // namespace

int run_simulation_command(CommandLine& line, const Args& args, bool apply) {
  std::string state, format = "text", order_ids, empty = "clear";
  std::int64_t first_card_id = 1, first_order_card_id = 1;
  int cache_mib = 64;
  std::vector<std::string> feeds;
  net::DownloadOptions download;
  // clang-format off
  line.options.add_options()
      ("state", po::value(&state), apply ? "the state database (created when missing)"
                                          : "the state database to plan against, opened read-only "
                                            "(default: an empty system)")
      ("first-card-id", number_value(&first_card_id, std::int64_t{1}),
       "next card id of a new state (default 1); ignored once the state exists")
      ("order-ids", po::value(&order_ids),
       "shared: order cards take ids from the card-id sequence, right after their project's card (default); "
       "separate: a sequence of their own. A state keeps the mode it was made with")
      ("first-order-card-id", number_value(&first_order_card_id, std::int64_t{1}),
       "next order card id of a new state, with --order-ids separate (default 1)")
      ("empty", po::value(&empty), "what an empty element does: clear (sets the value to empty, the default) or "
                                   "keep (ignored, as if left out)")
      ("verbose,v", "also show unchanged cards and the values of created cards")
      ("quiet,q", "only the closing lines (text format)")
      ("cache-mib", number_value(&cache_mib, 1, kMaxCacheMib), "SQLite page cache in MiB: the memory the state may use (default 64)");
  // clang-format on
  const std::string name = apply ? "apply" : "plan";
  add_format_option(line, name, &format);
  add_color_option(line);
  add_progress_option(line);
  add_download_options(line, download);
  line.add_positional("feeds", po::value(&feeds), -1);
  if (auto done = parse_command_line(line, args)) return *done;

  if (feeds.empty())
    return usage_error(fmt::format("{}: name at least one FEED (see: syncfeed {} --help)", name, name));
  if (apply && state.empty()) return usage_error("apply: --state DB is required (see: syncfeed apply --help)");
  if (empty != "clear" && empty != "keep") return usage_error(name + ": --empty is clear or keep");

  sim::SessionOptions options;
  options.apply = apply;
  if (!state.empty()) options.state_path = state;
  options.first_card_id = first_card_id;
  options.first_order_card_id = first_order_card_id;
  if (!order_ids.empty()) {
    options.order_ids = sim::parse_order_ids(order_ids);
    if (!options.order_ids) return usage_error(name + ": --order-ids is shared or separate");
  }
  options.sim.empty = empty == "keep" ? sim::EmptyElements::Keep : sim::EmptyElements::Clear;
  options.cache_mib = cache_mib;

  FileOutput out(stdout);
  std::unique_ptr<sim::PlanPrinter> printer =
      format == "json" ? sim::make_json_printer(out, apply)
                       : sim::make_text_printer(out, {.apply = apply,
                                                      .verbose = line.values.count("verbose") > 0,
                                                      .color = color_wanted(line),
                                                      .quiet = line.values.count("quiet") > 0});
  std::unique_ptr<ProgressBar> progress = make_progress(line, feeds, line.values.count("quiet") == 0);
  options.read.bytes_read = progress->counter();
  options.read.download = download;
  options.read.download.size_known = progress->size_callback();
  const sim::SessionResult result =
      sim::run_session(options, feeds, [&](const sim::Action& action) { printer->action(action); });
  progress.reset();  // its line is cleared before the notes and the summary
  for (const std::string& note : result.notes) fmt::print(stderr, "syncfeed {}: note: {}\n", name, note);
  if (result.broken) print_findings_brief({*result.broken});
  if (result.outcome == sim::SessionResult::Outcome::Failed)
    fmt::print(stderr, "syncfeed {}: {}\n", name, result.error);
  printer->finish(result);
  std::fflush(stdout);
  if (out.failed()) {
    fmt::print(stderr, "syncfeed {}: cannot write the output\n", name);
    return kExitError;
  }
  return exit_code(result);
}

}  // namespace syncfeed::cli
