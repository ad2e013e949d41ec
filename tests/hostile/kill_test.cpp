// Nothing lost: a command killed with SIGKILL in the middle of writing leaves
// the file it was replacing byte for byte as it was (or absent, when there was
// none). The writes go to a temporary file beside the target (.NAME.syncfeed-
// XXXXXX) that is renamed over it only when complete (feed/output.h). A killed
// process cannot remove that temporary file: it stays, is never read, and
// does not hinder the next run (docs/security.md).
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <thread>

#include "hostile_support.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

namespace {

// FNV-1a over the file's bytes: enough to tell any change.
std::uint64_t file_hash(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::uint64_t h = 1469598103934665603ull;
  std::vector<char> buffer(1 << 16);
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0) {
    for (std::streamsize i = 0; i < in.gcount(); ++i)
      h = (h ^ static_cast<unsigned char>(buffer[i])) * 1099511628211ull;
  }
  return h;
}

// The temporary files AtomicFile leaves beside `target` when killed.
std::vector<fs::path> temporaries_of(const fs::path& target) {
  std::vector<fs::path> out;
  const std::string prefix = "." + target.filename().string() + ".syncfeed-";
  for (const auto& entry : fs::directory_iterator(target.parent_path()))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) out.push_back(entry.path());
  return out;
}

// Starts argv, waits until a temporary file of `target` holds at least
// `written` bytes, and kills the process with SIGKILL right then. False when
// the process ended before (it must not have: it was not killed mid-write).
bool kill_while_writing(const std::vector<std::string>& argv, const fs::path& target, std::uintmax_t written) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) == 0);
  posix_spawn_file_actions_destroy(&actions);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;  // finished: too late to kill it
    std::error_code ec;
    for (const fs::path& temp : temporaries_of(target))
      if (fs::file_size(temp, ec) >= written && !ec) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
      }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
  return false;
}

// A feed of about 200 MB, on one line as MiniCRM's plugin writes it (so that
// fmt has everything to rewrite), made once for all tests of this file.
const fs::path& big_feed() {
  static TempFolder folder;
  static const fs::path feed = [] {
    const fs::path path = folder / "big.xml";
    const ProcessResult gen =
        run_syncfeed({"gen", "--seed", "9", "--projects", "90000", "--style", "plugin", "-o", path.string()});
    REQUIRE(gen.exit_code == 0);
    REQUIRE(fs::file_size(path) > (150u << 20));
    return path;
  }();
  return feed;
}

constexpr std::uintmax_t kWritten = 16u << 20;  // kill once this much of the new file is on disk

}  // namespace

TEST_CASE("fmt --write killed mid-write leaves the original byte-identical; the next run completes") {
  TempFolder folder;
  const fs::path feed = folder / "feed.xml";
  fs::copy_file(big_feed(), feed);
  const std::uint64_t before = file_hash(feed);

  REQUIRE(kill_while_writing({syncfeed_binary(), "fmt", "--write", feed.string()}, feed, kWritten));
  CHECK(file_hash(feed) == before);
  // The killed process could not remove its temporary file; nothing reads it.
  CHECK(temporaries_of(feed).size() == 1);

  // The next run is not hindered by it, and replaces the feed with its canonical form.
  CHECK(run_syncfeed({"fmt", "--write", feed.string()}).exit_code == 0);
  CHECK(file_hash(feed) != before);
  CHECK(run_syncfeed({"fmt", "--check", feed.string()}).exit_code == 0);
}

TEST_CASE("fmt -o killed mid-write: an existing OUT is untouched, a new OUT never appears") {
  TempFolder folder;
  const fs::path existing = folder / "existing.xml";
  write_whole_file(existing, "the previous output\n");
  const std::uint64_t before = file_hash(existing);
  REQUIRE(
      kill_while_writing({syncfeed_binary(), "fmt", big_feed().string(), "-o", existing.string()}, existing, kWritten));
  CHECK(file_hash(existing) == before);

  const fs::path fresh = folder / "fresh.xml";
  REQUIRE(kill_while_writing({syncfeed_binary(), "fmt", big_feed().string(), "-o", fresh.string()}, fresh, kWritten));
  CHECK_FALSE(fs::exists(fresh));
}

TEST_CASE("gen -o killed mid-write: an existing OUT is untouched") {
  TempFolder folder;
  const fs::path out = folder / "out.xml";
  write_whole_file(out, "the previous feed\n");
  const std::uint64_t before = file_hash(out);
  REQUIRE(kill_while_writing({syncfeed_binary(), "gen", "--projects", "60000", "-o", out.string()}, out, kWritten));
  CHECK(file_hash(out) == before);
}

TEST_CASE("delta -o killed mid-write: an existing OUT is untouched") {
  TempFolder folder;
  // Every project of NEW differs from OLD, so the delta is about as big as NEW.
  const fs::path old_feed = folder / "old.xml";
  REQUIRE(run_syncfeed({"gen", "--seed", "10", "--projects", "60000", "-o", old_feed.string()}).exit_code == 0);
  const fs::path out = folder / "delta.xml";
  write_whole_file(out, "the previous delta\n");
  const std::uint64_t before = file_hash(out);
  REQUIRE(kill_while_writing({syncfeed_binary(), "delta", old_feed.string(), big_feed().string(), "-o", out.string()},
                             out, kWritten));
  CHECK(file_hash(out) == before);
}
