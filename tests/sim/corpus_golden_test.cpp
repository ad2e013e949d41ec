// Golden tests of the command line on corpus/sim: each folder holds partial
// feeds (feed-1.xml, feed-2.xml ...), the options to use (args) and what
// syncfeed prints for them (expected.txt): plan of all the feeds, in text,
// verbose text and JSON; apply of each feed in turn through one state; and
// state show at the end. After an intended change, regenerate and review:
//   SYNCFEED_UPDATE_GOLDEN=1 build/tests/test_sim "[golden]"
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "sim_support.h"
#include "support/golden.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Runs syncfeed in `folder` and writes what it printed the way the golden files show it.
std::string run_and_show(const fs::path& folder, const std::vector<std::string>& args, const std::string& state) {
  const ProcessResult r = run_syncfeed(args, {.working_folder = folder});
  std::string command = "syncfeed";
  for (const std::string& a : args) command += " " + a;
  // The state lives in a temporary folder: show it by a stable name.
  return replace_all(fmt::format("$ {}\nexit: {}\n--- stdout\n{}--- stderr\n{}\n", command, r.exit_code, r.out, r.err),
                     state, "state.db");
}

std::string transcript(const fs::path& folder) {
  const std::vector<std::string> args = words(read_whole_file(folder / "args"));
  std::vector<std::string> feeds;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".xml") feeds.push_back(entry.path().filename().string());
  std::sort(feeds.begin(), feeds.end());

  auto with = [](std::vector<std::string> a, const std::vector<std::string>& more) {
    a.insert(a.end(), more.begin(), more.end());
    return a;
  };
  TempFolder temp;
  const std::string state = (temp / "state.db").string();
  std::string out;
  out += run_and_show(folder, with(with({"plan"}, args), feeds), state);
  out += run_and_show(folder, with(with({"plan", "--verbose"}, args), feeds), state);
  out += run_and_show(folder, with(with({"plan", "--format", "json"}, args), feeds), state);
  for (const std::string& f : feeds)
    out += run_and_show(folder, with(with({"apply", "--state", state}, args), {f}), state);
  out += run_and_show(folder, {"state", "show", "--state", state}, state);
  return out;
}

}  // namespace

TEST_CASE("plan, apply and state show on corpus/sim print what expected.txt says", "[golden]") {
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(corpus_dir() / "sim"))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const fs::path& folder : cases) {
    SECTION(folder.filename().string()) {
      const std::string actual = transcript(folder);
      check_golden_file(folder / "expected.txt", actual);
    }
  }
}
