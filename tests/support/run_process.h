// Runs a program the way a user would from a shell, for tests: arguments,
// standard input, working folder, environment in; exit code, standard output
// and standard error out. Output goes through temporary files, so that a
// chatty child can never block on a full pipe; or, when asked, standard
// output is a pseudo-terminal, read as the child writes.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/temp_folder.h"

extern char** environ;

namespace syncfeed::test {

struct ProcessResult {
  int exit_code = -1;  // 128 + signal when the child was killed
  std::string out;
  std::string err;
};

struct ProcessOptions {
  std::string stdin_text;                // what the child reads on standard input
  std::filesystem::path working_folder;  // empty: the test's own
  // Changes to this process's environment for the child, in order:
  // "NAME=VALUE" sets NAME, "NAME" alone removes it.
  std::vector<std::string> env;
  bool stdout_terminal = false;  // standard output is a terminal (raw: no \r added), as in a shell
};

namespace process_detail {

inline std::vector<std::string> child_environment(const std::vector<std::string>& changes) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) env.emplace_back(*e);
  for (const std::string& change : changes) {
    const std::string name = change.substr(0, change.find('='));
    std::erase_if(env, [&](const std::string& e) { return e.compare(0, name.size() + 1, name + "=") == 0; });
    if (change.find('=') != std::string::npos) env.push_back(change);
  }
  return env;
}

// A pseudo-terminal in raw mode: the child opens `name` as its standard
// output; what it writes is read from `screen`.
struct Terminal {
  Terminal() {
    screen = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (screen < 0 || ::grantpt(screen) != 0 || ::unlockpt(screen) != 0) throw std::runtime_error("no pseudo-terminal");
    name = ::ptsname(screen);
    const int side = ::open(name.c_str(), O_RDWR | O_NOCTTY);
    termios mode{};
    const bool raw = side >= 0 && ::tcgetattr(side, &mode) == 0 && (::cfmakeraw(&mode), true) &&
                     ::tcsetattr(side, TCSANOW, &mode) == 0;
    if (side >= 0) ::close(side);
    if (!raw) throw std::runtime_error("cannot set up the terminal " + name);
  }
  ~Terminal() { ::close(screen); }
  Terminal(const Terminal&) = delete;
  Terminal& operator=(const Terminal&) = delete;

  // Appends what the child wrote, waiting up to `ms` for it; false when nothing came.
  bool read_into(std::string& out, int ms) const {
    pollfd p{screen, POLLIN, 0};
    if (::poll(&p, 1, ms) <= 0) return false;
    char buffer[4096];
    const ssize_t n = ::read(screen, buffer, sizeof buffer);  // -1 (EIO) once the child's side is closed and read
    if (n <= 0) return false;
    out.append(buffer, static_cast<std::size_t>(n));
    return true;
  }

  int screen = -1;
  std::string name;
};

}  // namespace process_detail

// Runs argv[0] (searched in PATH when it has no slash) and waits for it.
inline ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {}) {
  TempFolder io;
  const std::string in = (io / "stdin").string(), out = (io / "stdout").string(), err = (io / "stderr").string();
  write_whole_file(in, options.stdin_text);

  std::optional<process_detail::Terminal> terminal;
  if (options.stdout_terminal) terminal.emplace();

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  if (terminal)
    posix_spawn_file_actions_addopen(&actions, 1, terminal->name.c_str(), O_RDWR | O_NOCTTY, 0);
  else
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (!options.working_folder.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.working_folder.c_str());

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const std::vector<std::string> env_text = process_detail::child_environment(options.env);
  std::vector<char*> env;
  for (const std::string& e : env_text) env.push_back(const_cast<char*>(e.c_str()));
  env.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + argv[0]);

  ProcessResult result;
  int status = 0;
  for (;;) {
    // A terminal is read while the child runs: it would block on a full one.
    if (terminal) terminal->read_into(result.out, 10);
    const pid_t done = ::waitpid(pid, &status, terminal ? WNOHANG : 0);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) throw std::runtime_error("cannot wait for " + argv[0]);
  }
  if (terminal)
    while (terminal->read_into(result.out, 0)) {
    }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (!terminal) result.out = read_whole_file(out);
  result.err = read_whole_file(err);
  return result;
}

}  // namespace syncfeed::test
