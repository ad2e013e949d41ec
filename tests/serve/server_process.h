// A `syncfeed serve` running in the background for a test: started on a free
// port of 127.0.0.1, its address read from its first line; stopped with a
// signal (SIGTERM as a service manager does, SIGKILL as a crash does).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <regex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/run_syncfeed.h"
#include "support/temp_folder.h"

namespace syncfeed::test {

// Any program in the background, its output in files (no pipe to fill).
class BackgroundProcess {
 public:
  BackgroundProcess(const std::vector<std::string>& argv, const std::filesystem::path& working_folder = {}) {
    out_ = (io_ / "stdout").string();
    err_ = (io_ / "stderr").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (!working_folder.empty()) posix_spawn_file_actions_addchdir_np(&actions, working_folder.c_str());
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const int spawned = posix_spawnp(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot run " + argv[0]);
  }
  ~BackgroundProcess() {
    if (pid_ > 0) stop(SIGKILL);
  }
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  // Waits until standard output matches `pattern` (its first group is
  // returned); throws after `seconds` or when the process ended.
  std::string wait_for_output(const std::string& pattern, int seconds = 30) {
    const std::regex re(pattern);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
      std::smatch m;
      const std::string text = out();
      if (std::regex_search(text, m, re)) return m.size() > 1 ? m[1].str() : m[0].str();
      if (!running()) throw std::runtime_error("the process ended: " + text + err());
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("no '" + pattern + "' in time: " + out() + err());
  }

  bool running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      pid_ = 0;
      return false;
    }
    return true;
  }
  // Sends `signal` and waits; the exit code (128 + signal when killed by it).
  int stop(int signal) {
    if (pid_ > 0) {
      ::kill(pid_, signal);
      int status = 0;
      ::waitpid(pid_, &status, 0);
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      pid_ = 0;
    }
    return exit_code_;
  }
  int exit_code() const { return exit_code_; }  // once it ended (running() false)
  std::string out() const { return read_whole_file(out_); }
  std::string err() const { return read_whole_file(err_); }

 private:
  TempFolder io_;
  std::string out_, err_;
  pid_t pid_ = 0;
  int exit_code_ = -1;
};

// syncfeed serve --state STATE --listen 127.0.0.1:0 EXTRA...
class ServerProcess {
 public:
  explicit ServerProcess(const std::filesystem::path& state, std::vector<std::string> extra = {})
      : process_(arguments(state, std::move(extra)), source_dir()) {
    port_ = process_.wait_for_output(R"(listening on http://127\.0\.0\.1:(\d+)/)");
  }
  std::string url(const std::string& path = "/") const { return "http://127.0.0.1:" + port_ + path; }
  int stop(int signal = SIGTERM) { return process_.stop(signal); }
  BackgroundProcess& process() { return process_; }

 private:
  static std::vector<std::string> arguments(const std::filesystem::path& state, std::vector<std::string> extra) {
    std::vector<std::string> argv{syncfeed_binary(), "serve", "--state", state.string(), "--listen", "127.0.0.1:0"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
  }
  BackgroundProcess process_;
  std::string port_;
};

// The cards of a state as `state show --format json` gives them (ids included).
inline std::string state_json(const std::filesystem::path& state) {
  const ProcessResult r = run_syncfeed({"state", "show", "--format", "json", "--state", state.string()});
  if (r.exit_code != 0) throw std::runtime_error("state show: " + r.err);
  return r.out;
}

inline std::string tests_dir() { return (source_dir() / "tests" / "serve").string(); }

}  // namespace syncfeed::test
