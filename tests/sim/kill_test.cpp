// Killing apply mid-way never corrupts the state: kill -9 the real binary in
// the middle of its transaction, after SQLite has already written pages into
// the database file, then check that the state is sound and exactly as before.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "sim_support.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

// A running `syncfeed apply ... -` whose standard input we write.
class PipedApply {
 public:
  explicit PipedApply(const fs::path& state) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0);
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    // A 1 MiB page cache: SQLite must spill pages into the file long before the end.
    std::vector<std::string> argv = {syncfeed_binary(), "apply",        "--quiet", "--cache-mib", "1",
                                     "--state",         state.string(), "-"};
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[0]);
    in_ = fds[1];
  }
  ~PipedApply() {
    if (in_ >= 0) ::close(in_);
    if (pid_ > 0) kill_now();
  }
  void write(const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
      const ssize_t n = ::write(in_, text.data() + done, text.size() - done);
      if (n <= 0) throw std::runtime_error("apply stopped reading its input");
      done += static_cast<std::size_t>(n);
    }
  }
  int kill_now() {
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = 0;
    return WIFSIGNALED(status) ? WTERMSIG(status) : -1;
  }

 private:
  pid_t pid_ = 0;
  int in_ = -1;
};

std::string big_project(int id) {
  std::string description(300, 'x');
  return fmt::format(
      "<Project Id=\"{0}\"><Name>Customer {0}</Name><StatusId>Registered</StatusId>"
      "<Contacts><Contact Id=\"{0}\"><FirstName>F</FirstName><Email>c{0}@x.ro</Email></Contact></Contacts>"
      "<Orders><Order Id=\"o{0}\"><Number>W{0}</Number><Products>"
      "<Product Id=\"1\"><Name>Tea</Name><Description>{1}</Description></Product>"
      "<Product Id=\"2\"><Name>Mug</Name><Description>{1}</Description></Product>"
      "</Products></Order></Orders></Project>\n",
      id, description);
}

}  // namespace

TEST_CASE("apply killed with -9 in the middle of its transaction leaves the state as it was") {
  TempFolder dir;
  const fs::path state = dir / "state.db";
  // The state before: a few cards, among them one the killed feed updates.
  write_whole_file(dir / "before.xml",
                   feed("<Project Id=\"1\"><Name>Old</Name></Project><Project Id=\"2\"><Name>Two</Name></Project>\n"));
  REQUIRE(run_syncfeed({"apply", "--state", state.string(), (dir / "before.xml").string()}).exit_code == 0);
  const std::string before = dump_database(state.string());
  const auto size_before = fs::file_size(state);

  PipedApply apply(state);
  apply.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n<Project Id=\"1\"><Name>New</Name></Project>\n");
  // Feed it until SQLite has spilled into the database file itself, so that
  // the file really holds uncommitted pages when the process dies.
  bool spilled = false;
  for (int id = 3; id < 200000 && !spilled; ++id) {
    apply.write(big_project(id));
    if (id % 200 == 0) {
      ::usleep(20000);
      spilled = fs::file_size(state) > size_before;
    }
  }
  REQUIRE(spilled);
  REQUIRE(fs::exists(fs::path(state.string() + "-journal")));
  CHECK(apply.kill_now() == SIGKILL);

  // A read-only look refuses, and says what to do.
  const ProcessResult plan = run_syncfeed({"plan", "--state", state.string(), (dir / "before.xml").string()});
  CHECK(plan.exit_code == 2);
  CHECK_THAT(plan.err, Contains("syncfeed state check --state"));
  // state check rolls the interrupted apply back and finds the state sound.
  const ProcessResult check = run_syncfeed({"state", "check", "--state", state.string()});
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.out, Contains(": ok: 2 project cards, 0 order cards, next card id 3."));
  CHECK(dump_database(state.string()) == before);
  // And the next apply goes on from the state before.
  const ProcessResult next = run_syncfeed({"plan", "--state", state.string(), (dir / "before.xml").string()});
  CHECK_THAT(next.out, Contains("Plan: 0 cards to create, 0 to update, 2 unchanged, 0 skipped."));
}

TEST_CASE("an apply killed before it wrote anything leaves the state as it was too") {
  TempFolder dir;
  const fs::path state = dir / "state.db";
  write_whole_file(dir / "before.xml", feed("<Project Id=\"1\"><Name>Old</Name></Project>\n"));
  REQUIRE(run_syncfeed({"apply", "--state", state.string(), (dir / "before.xml").string()}).exit_code == 0);
  const std::string before = dump_database(state.string());
  PipedApply apply(state);
  apply.write("<Projects><Project Id=\"1\"><Name>New</Name></Project><Project Id=\"5\">");
  ::usleep(200000);
  apply.kill_now();
  CHECK(run_syncfeed({"state", "check", "--state", state.string()}).exit_code == 0);
  CHECK(dump_database(state.string()) == before);
}
