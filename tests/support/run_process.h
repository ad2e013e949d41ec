// Runs a program the way a user would from a shell, for tests: arguments,
// standard input, working folder in; exit code, standard output and standard
// error out. Output goes through temporary files, so that a chatty child can
// never block on a full pipe.
#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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
};

// Runs argv[0] (searched in PATH when it has no slash) and waits for it.
inline ProcessResult run_process(const std::vector<std::string>& argv, const ProcessOptions& options = {}) {
  TempFolder io;
  const std::string in = (io / "stdin").string(), out = (io / "stdout").string(), err = (io / "stderr").string();
  write_whole_file(in, options.stdin_text);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (!options.working_folder.empty())
    posix_spawn_file_actions_addchdir_np(&actions, options.working_folder.c_str());

  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + argv[0]);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error("cannot wait for " + argv[0]);

  ProcessResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_whole_file(out);
  result.err = read_whole_file(err);
  return result;
}

}  // namespace syncfeed::test
