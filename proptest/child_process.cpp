#include "proptest/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <thread>

namespace syncfeed::proptest {
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(fmt::format("pipe: {}", ::strerror(errno)));
    read = fds[0];
    write = fds[1];
  }
};

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// In the child, between fork and exec: only async-signal-safe calls.
[[noreturn]] void exec_child(const std::vector<char*>& argv, Pipe& in, Pipe& out, Pipe& err, Pipe& exec_error) {
  ::setpgid(0, 0);
  ::signal(SIGPIPE, SIG_DFL);  // an ignored signal stays ignored across exec
  ::dup2(in.read, 0);
  ::dup2(out.write, 1);
  ::dup2(err.write, 2);
  ::execvp(argv[0], argv.data());
  const int code = errno;
  [[maybe_unused]] auto written = ::write(exec_error.write, &code, sizeof code);
  ::_exit(127);
}

// Waits for the child; kills its group at `deadline`. Returns the wait status.
int reap(pid_t pid, Clock::time_point deadline, bool& timed_out) {
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return status;
    if (done < 0 && errno != EINTR) return status;
    if (Clock::now() >= deadline) {
      timed_out = true;
      ::killpg(pid, SIGKILL);
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      return status;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace

RunResult run_command(const std::vector<std::string>& argv, std::string_view input, const RunLimits& limits) {
  RunResult result;
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // A generator that exits without reading all of its input must not kill us.
  ::signal(SIGPIPE, SIG_IGN);
  Pipe in, out, err, exec_error;
  const auto start = Clock::now();
  const auto deadline = start + limits.timeout;
  const pid_t pid = ::fork();
  if (pid < 0) {
    result.error = fmt::format("fork: {}", ::strerror(errno));
    return result;
  }
  if (pid == 0) exec_child(args, in, out, err, exec_error);
  ::setpgid(pid, pid);  // also here: whichever of the two runs first
  close_fd(in.read);
  close_fd(out.write);
  close_fd(err.write);
  close_fd(exec_error.write);
  int code = 0;
  if (::read(exec_error.read, &code, sizeof code) == sizeof code) {
    close_fd(exec_error.read);
    ::waitpid(pid, nullptr, 0);
    result.error = fmt::format("cannot run {}: {}", argv[0], ::strerror(code));
    close_fd(in.write), close_fd(out.read), close_fd(err.read);
    return result;
  }
  close_fd(exec_error.read);
  ::fcntl(in.write, F_SETFL, O_NONBLOCK);

  std::size_t written = 0;
  bool timed_out = false, too_long = false;
  if (input.empty()) close_fd(in.write);
  char buffer[65536];
  while (out.read >= 0 || err.read >= 0) {
    pollfd fds[3];
    int n = 0;
    if (out.read >= 0) fds[n++] = {out.read, POLLIN, 0};
    if (err.read >= 0) fds[n++] = {err.read, POLLIN, 0};
    if (in.write >= 0) fds[n++] = {in.write, POLLOUT, 0};
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    if (::poll(fds, n, static_cast<int>(std::min<long long>(left, 100))) < 0 && errno != EINTR) break;
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == in.write) {
        const ssize_t w = ::write(in.write, input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        if (w < 0 && errno != EAGAIN && errno != EINTR)
          close_fd(in.write);  // it stopped reading
        else if (written == input.size())
          close_fd(in.write);
        continue;
      }
      const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
      if (r <= 0) {
        if (r < 0 && (errno == EAGAIN || errno == EINTR)) continue;
        close_fd(fds[i].fd == out.read ? out.read : err.read);
        continue;
      }
      if (fds[i].fd == out.read) {
        const std::size_t room = limits.max_output - std::min(limits.max_output, result.out.size());
        result.out.append(buffer, std::min(room, static_cast<std::size_t>(r)));
        if (static_cast<std::size_t>(r) > room) too_long = true;
      } else {
        result.error_tail.append(buffer, static_cast<std::size_t>(r));
        if (result.error_tail.size() > 2 * limits.max_error)
          result.error_tail.erase(0, result.error_tail.size() - limits.max_error);
      }
    }
    if (too_long) break;
  }
  if (timed_out || too_long) ::killpg(pid, SIGKILL);
  close_fd(in.write), close_fd(out.read), close_fd(err.read);
  const int status = reap(pid, deadline, timed_out);
  ::killpg(pid, SIGKILL);  // whatever it left behind in its group
  if (result.error_tail.size() > limits.max_error)
    result.error_tail.erase(0, result.error_tail.size() - limits.max_error);
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (too_long)
    result.end = RunEnd::OutputTooLong;
  else if (timed_out)
    result.end = RunEnd::TimedOut;
  else if (WIFSIGNALED(status))
    result.end = RunEnd::Signaled, result.signal = WTERMSIG(status);
  else
    result.end = RunEnd::Exited, result.exit_code = WEXITSTATUS(status);
  return result;
}

std::string describe(const RunResult& result, const RunLimits& limits) {
  switch (result.end) {
    case RunEnd::Exited: return fmt::format("exit code {}", result.exit_code);
    case RunEnd::Signaled: {
      const char* name = ::sigabbrev_np(result.signal);
      return fmt::format("killed by SIG{} (signal {})", name ? name : "?", result.signal);
    }
    case RunEnd::TimedOut: return fmt::format("still running after {} ms (--timeout): killed", limits.timeout.count());
    case RunEnd::OutputTooLong:
      return fmt::format("wrote more than {} bytes to standard output: killed", limits.max_output);
    case RunEnd::CannotRun: return result.error;
  }
  return {};
}

}  // namespace syncfeed::proptest
