#include "proptest/fuzz_session.h"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "proptest/shop_json.h"
#include "proptest/shrink.h"

namespace syncfeed::proptest {
namespace {

constexpr int kNothingFound = 0, kFailed = 1, kCannotRun = 2;

std::string command_text(const std::vector<std::string>& command) {
  std::string text;
  for (const std::string& word : command) {
    if (!text.empty()) text += ' ';
    const bool plain = !word.empty() && word.find_first_of(" \t\n'\"\\$`*?;&|<>()") == std::string::npos;
    text += plain ? word : "'" + word + "'";
  }
  return text;
}

std::string projects_count(const ShopData& data) {
  return fmt::format("{} project{}", data.projects.size(), data.projects.size() == 1 ? "" : "s");
}

void report_failure(std::ostream& out, const Failure& failure, const ShopData& data) {
  fmt::print(out, "FAIL {}: {}\n", property_name(failure.property), failure.detail);
  fmt::print(out, "minimal input ({}):\n{}\n", projects_count(data), to_json(data));
}

// Writes the case under `dir` (created if missing); returns the path, or an error.
std::optional<std::string> save_case(const std::string& dir, const std::string& name, const ShopData& data,
                                     std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::filesystem::path path = std::filesystem::path(dir) / name;
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << to_json(data) << '\n';
  file.close();
  if (ec || !file) {
    error = fmt::format("cannot write {}{}", path.string(), ec ? ": " + ec.message() : "");
    return std::nullopt;
  }
  return path.string();
}

int replay(const SessionOptions& options, std::ostream& out, std::ostream& err) {
  std::ifstream file(options.replay, std::ios::binary);
  if (!file) return fmt::print(err, "syncfeed: fuzz: cannot read {}\n", options.replay), kCannotRun;
  std::stringstream text;
  text << file.rdbuf();
  ShopData data;
  try {
    data = from_json(text.str());
  } catch (const std::invalid_argument& e) {
    return fmt::print(err, "syncfeed: fuzz: {} is not a fuzz input: {}\n", options.replay, e.what()), kCannotRun;
  }
  const Verdict verdict = check(data, options.check);
  if (verdict.cannot_run) return fmt::print(err, "syncfeed: fuzz: {}\n", verdict.error), kCannotRun;
  if (!verdict.failure) {
    fmt::print(out, "{}: every property held ({})\n", options.replay, projects_count(data));
    return kNothingFound;
  }
  fmt::print(out, "{}: ", options.replay);
  report_failure(out, *verdict.failure, data);
  return kFailed;
}

}  // namespace

std::string case_file_name(Property property, std::uint64_t seed, std::uint64_t run) {
  return fmt::format("{}-seed{}-run{}.json", property_name(property), seed, run);
}

int run_session(const SessionOptions& options, std::ostream& out, std::ostream& err) {
  if (!options.replay.empty()) return replay(options, out, err);
  fmt::print(out, "syncfeed fuzz: seed {}, {} runs of {}\n", options.seed, options.runs,
             command_text(options.check.command));
  out.flush();
  for (std::uint64_t run = 1; run <= options.runs; ++run) {
    const ShopData data = make_shop_data(options.seed, run);
    const Verdict verdict = check(data, options.check);
    if (verdict.cannot_run) return fmt::print(err, "syncfeed: fuzz: {}\n", verdict.error), kCannotRun;
    if (!verdict.failure) continue;

    const Property property = verdict.failure->property;
    fmt::print(out, "run {}: {} failed ({}); shrinking\n", run, property_name(property), projects_count(data));
    out.flush();
    Failure last = *verdict.failure;
    const ShrinkResult shrunk = shrink(
        data,
        [&](const ShopData& candidate) {
          if (input_problem(candidate)) return false;
          const Verdict v = check(candidate, options.check, property);
          if (!v.failure || v.failure->property != property) return false;
          last = *v.failure;
          return true;
        },
        options.shrink_budget);
    fmt::print(out, "shrunk in {:.1f} s: {} candidates tried, {} kept{}\n", shrunk.seconds, shrunk.tries, shrunk.kept,
               shrunk.complete ? "" : " (time budget spent: it may shrink further)");
    report_failure(out, last, shrunk.data);
    if (!options.save_dir.empty()) {
      std::string error;
      const auto path = save_case(options.save_dir, case_file_name(property, options.seed, run), shrunk.data, error);
      if (!path) return fmt::print(err, "syncfeed: fuzz: {}\n", error), kCannotRun;
      fmt::print(out, "saved: {}\nreplay: syncfeed fuzz --replay {} -- {}\n", *path, *path,
                 command_text(options.check.command));
    }
    fmt::print(out, "run again: syncfeed fuzz --seed {} --runs {} -- {}\n", options.seed, run,
               command_text(options.check.command));
    return kFailed;
  }
  fmt::print(out, "{} runs: every property held\n", options.runs);
  return kNothingFound;
}

}  // namespace syncfeed::proptest
