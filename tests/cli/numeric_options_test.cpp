// Every numeric option of every command takes only numbers in its range:
// out of range or not a number is exit 2 with one line that names the option
// and the range. Boost's own conversion once read "-1" into an unsigned
// option as its largest value (gen -n -1 never ended; --max-text -1 removed a
// security limit).
//
// The options are found in the commands' --help, where a numeric option shows
// the placeholder N (cli/command_line.h: number_value). The table below says the
// range each must have; an option in --help and not in the table, or the
// other way round, fails the test. (A numeric option not made with
// number_value() makes its command refuse to run, --help too.)
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "command_golden.h"
#include "support/command_list.h"

using namespace syncfeed::test;

namespace {

struct NumericOption {
  std::string command;  // "lint", "state show"
  std::string option;   // "--jobs"
  std::string min, max;
  bool whole = true;  // false: a real number
};

const std::string kU64 = "18446744073709551615";
const std::string kI64 = "9223372036854775807";

const std::vector<NumericOption> kOwnOptions = {
    {"lint", "--max-warnings", "0", kU64},
    {"lint", "--jobs", "1", "1024"},
    {"lint", "--max-findings-per-rule", "0", kU64},
    {"lint", "--max-depth", "1", "65536"},
    {"lint", "--max-text", "1", "1073741824"},
    {"fmt", "--jobs", "1", "1024"},
    {"roundtrip", "--jobs", "1", "1024"},
    {"plan", "--first-card-id", "1", kI64},
    {"plan", "--first-order-card-id", "1", kI64},
    {"plan", "--cache-mib", "1", "1048576"},
    {"apply", "--first-card-id", "1", kI64},
    {"apply", "--first-order-card-id", "1", kI64},
    {"apply", "--cache-mib", "1", "1048576"},
    {"gen", "--seed", "0", kU64},
    {"gen", "--projects", "0", kU64},
    {"gen", "--defect-rate", "0", "1", false},
    {"gen", "--category-id", "1", "999999999999999999"},
    {"gen", "--catalogue-size", "1", kU64},
    {"fuzz", "--runs", "1", kU64},
    {"fuzz", "--seed", "0", kU64},
    {"serve", "--max-body-mib", "1", "1048576"},
    {"serve", "--timeout", "1", "3600"},
    {"serve", "--cache-mib", "1", "1048576"},
};

// With the download options (cli/download_options.h) of every command that reads feeds.
const std::vector<NumericOption> kNumericOptions = [] {
  std::vector<NumericOption> options = kOwnOptions;
  for (const char* command : {"lint", "fmt", "roundtrip", "plan", "apply", "diff", "delta", "serve"}) {
    options.push_back({command, "--connect-timeout", "1", "86400"});
    options.push_back({command, "--low-speed-time", "1", "86400"});
    options.push_back({command, "--max-download", "1", kU64});
  }
  return options;
}();

// "--jobs" -> "-j", for the options of `command` whose placeholder is N.
std::map<std::string, std::string> numeric_options_in_help(const std::string& command) {
  std::vector<std::string> args = words(command);
  args.push_back("--help");
  const std::string help = run_syncfeed(args).out;
  std::map<std::string, std::string> found;
  const std::regex option(R"(\n  (?:(-\w) \[ )?(--[\w-]+)(?: \])? N[ \n])");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator(); ++it)
    found[(*it)[2].str()] = (*it)[1].str();
  return found;
}

// "18446744073709551615" -> "18446744073709551616"
std::string plus_one(std::string n) {
  int i = static_cast<int>(n.size()) - 1;
  for (; i >= 0 && n[i] == '9'; --i) n[i] = '0';
  if (i < 0) return "1" + n;
  ++n[i];
  return n;
}

ProcessResult run_with(const NumericOption& o, const std::string& spelling, const std::string& value,
                       bool help = false) {
  std::vector<std::string> args = words(o.command);
  args.push_back(spelling);
  args.push_back(value);
  if (help) args.push_back("--help");  // parsed first: the value is judged, nothing is run
  return run_syncfeed(args);
}

}  // namespace

TEST_CASE("the numeric options in --help are those of the table", "[numeric-options]") {
  std::set<std::pair<std::string, std::string>> in_help, in_table;
  for (const std::string& command : every_command())
    for (const auto& [option, alias] : numeric_options_in_help(command)) in_help.insert({command, option});
  for (const NumericOption& o : kNumericOptions) in_table.insert({o.command, o.option});
  CHECK(in_help == in_table);
  for (const auto& [command, option] : in_help)
    if (!in_table.count({command, option}))
      FAIL_CHECK(command << " " << option << " is not in the table: give its range");
  for (const auto& [command, option] : in_table)
    if (!in_help.count({command, option})) FAIL_CHECK(command << " " << option << " is not in --help with N");
}

TEST_CASE("every numeric option refuses what is out of range or not a number, in one line", "[numeric-options]") {
  for (const NumericOption& o : kNumericOptions) {
    const auto aliases = numeric_options_in_help(o.command);
    std::vector<std::string> spellings = {o.option};
    if (aliases.count(o.option) && !aliases.at(o.option).empty()) spellings.push_back(aliases.at(o.option));

    const std::string range = (o.whole ? "a whole number from " : "a number from ") + o.min + " to " + o.max;
    const std::string below = o.whole ? std::to_string(std::stoll(o.min) - 1) : "-0.1";
    const std::string above = o.whole ? plus_one(o.max) : "1.1";
    std::vector<std::string> refused = {below, above, "x", "", "5x", " 5", "0x10", "+1", "1e3", "nan", "-inf"};
    if (o.whole) refused.push_back("1.5");
    for (const std::string& spelling : spellings)
      for (const std::string& value : refused) {
        CAPTURE(o.command, spelling, value);
        const ProcessResult r = run_with(o, spelling, value);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err == "syncfeed: " + o.option + " takes " + range + ", not '" + value + "' (see: syncfeed " +
                           o.command + " --help)\n");
      }
    for (const std::string& value : {o.min, o.max}) {
      CAPTURE(o.command, o.option, value);
      const ProcessResult r = run_with(o, o.option, value, true);
      CHECK(r.exit_code == 0);
      CHECK(r.err.empty());
    }
  }
}

TEST_CASE("gen --orders takes MIN..MAX or N, whole numbers, MIN <= MAX", "[numeric-options]") {
  const NumericOption orders{"gen", "--orders", "0", "4294967295"};
  for (const std::string value :
       {"-1", "x", "", "3..2", "4294967296", "1..4294967296", "-1..2", "1..", "..2", "1...2"}) {
    CAPTURE(value);
    const ProcessResult r = run_with(orders, "--orders", value);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "syncfeed: --orders takes MIN..MAX or N, whole numbers from 0 to 4294967295 with MIN <= MAX, not '" +
                       value + "' (see: syncfeed gen --help)\n");
  }
  CHECK(run_with(orders, "--orders", "2..2").exit_code == 0);
}
