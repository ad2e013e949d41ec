// `-o /dev/null`, `-o /dev/stdout`, `-o` a named pipe: what a shell user sends
// output to. They are not files to replace atomically: renaming a temporary
// file over them would turn them into plain files (run as root, /dev/null
// itself, for every program on the machine). They are written directly.
#include <sys/stat.h>
#include <sys/types.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>

#include "hostile_support.h"
#include "support/corpus_files.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

bool is_character_device(const char* path) {
  struct stat st;
  return ::stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

}  // namespace

TEST_CASE("output sent to /dev/null leaves /dev/null a device") {
  REQUIRE(is_character_device("/dev/null"));
  const std::string feed = (corpus_dir() / "lint" / "clean.xml").string();
  CHECK(run_measured({syncfeed_binary(), "fmt", "-o", "/dev/null", feed}).exit_code == 0);
  CHECK(is_character_device("/dev/null"));
  CHECK(run_measured({syncfeed_binary(), "lint", "--no-config", "--output", "sarif=/dev/null", feed}).exit_code == 0);
  CHECK(is_character_device("/dev/null"));
  CHECK(run_measured({syncfeed_binary(), "gen", "--seed", "1", "-n", "3", "-o", "/dev/null"}).exit_code == 0);
  CHECK(is_character_device("/dev/null"));
}

TEST_CASE("output to a named pipe reaches its reader and the pipe stays a pipe") {
  TempFolder folder;
  const fs::path pipe = folder / "canonical.xml";
  REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
  auto reader = std::async(std::launch::async, [&] {
    std::ifstream in(pipe, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  });
  const std::string feed = (corpus_dir() / "lint" / "clean.xml").string();
  const Measured m = run_measured({syncfeed_binary(), "fmt", "-o", pipe.string(), feed});
  CHECK(m.exit_code == 0);
  CHECK(m.err.empty());
  const std::string received = reader.get();
  CHECK(received == run_measured({syncfeed_binary(), "fmt", feed}).out);
  CHECK(fs::is_fifo(pipe));
  CHECK(std::distance(fs::directory_iterator(folder.path()), fs::directory_iterator()) ==
        1);  // no temporary file beside it
}

TEST_CASE("a device that refuses the bytes is an error, exit 2") {
  if (!is_character_device("/dev/full")) {
    WARN("no /dev/full here: not tested");
    return;
  }
  const std::string feed = (corpus_dir() / "lint" / "clean.xml").string();
  const Measured m = run_measured({syncfeed_binary(), "fmt", "-o", "/dev/full", feed});
  CHECK(m.exit_code == 2);
  CHECK(m.err.find("cannot write /dev/full") != std::string::npos);
  CHECK(is_character_device("/dev/full"));
}
