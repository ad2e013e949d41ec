// Running the built syncfeed on hostile input the way an attacker would get it
// run: measured (CPU time, peak memory: GNU time) and traced (which files it
// opens, whether it touches the network: strace).
#pragma once

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support/run_syncfeed.h"

namespace syncfeed::test {

inline std::filesystem::path hostile_dir() { return corpus_dir() / "hostile"; }

// Sanitizer builds run several times slower and keep freed memory in
// quarantine: the bounds below are scaled for them, not switched off.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

// The bounds every hostile input must stay within (docs/security.md).
inline constexpr double kCpuSecondsLimit = kSanitized ? 60 : 10;
inline constexpr double kMemoryMiBLimit = kSanitized ? 1536 : 256;

struct Measured {
  int exit_code = -1;  // 128 + signal when killed
  std::string out;
  std::string err;
  double wall_seconds = 0;
  double cpu_seconds = 0;  // user + system
  double max_rss_mib = 0;
};

// Runs argv like run_process(), measured by GNU time: CPU time (user +
// system, so that a busy machine does not fail a test) and peak resident
// memory. Not by wait4() in this process: posix_spawn shares this process's
// memory until exec, and the kernel counts that into the child's peak.
inline Measured run_measured(const std::vector<std::string>& argv, const ProcessOptions& options = {}) {
  TempFolder folder;
  const std::string usage_file = (folder / "usage").string();
  std::vector<std::string> timed = {"/usr/bin/time", "-o", usage_file, "-f", "%e %U %S %M", "--"};
  timed.insert(timed.end(), argv.begin(), argv.end());
  const ProcessResult r = run_process(timed, options);
  Measured m;
  m.exit_code = r.exit_code;
  m.out = r.out;
  m.err = r.err;
  // The last line is ours; "Command terminated by signal N" may stand before it.
  std::string usage = read_whole_file(usage_file);
  while (!usage.empty() && usage.back() == '\n') usage.pop_back();
  std::istringstream last(usage.substr(usage.rfind('\n') == std::string::npos ? 0 : usage.rfind('\n') + 1));
  double user = 0, system = 0, max_rss_kib = 0;
  if (!(last >> m.wall_seconds >> user >> system >> max_rss_kib)) throw std::runtime_error("cannot read " + usage_file);
  m.cpu_seconds = user + system;
  m.max_rss_mib = max_rss_kib / 1024.0;
  return m;
}

// Checks the bounds and prints one line of the hostile table (docs/security.md).
inline void check_bounded(const std::string& what, const Measured& m) {
  fmt::print("hostile: {:<44} exit {}  {:6.2f} s cpu  {:6.2f} s wall  {:6.1f} MiB\n", what, m.exit_code, m.cpu_seconds,
             m.wall_seconds, m.max_rss_mib);
  INFO(what << ": " << m.cpu_seconds << " s CPU, " << m.max_rss_mib << " MiB");
  CHECK(m.exit_code < 128);  // not killed by a signal (a crash, a sanitizer abort)
  CHECK(m.err.find("Sanitizer") == std::string::npos);
  CHECK(m.cpu_seconds < kCpuSecondsLimit);
  CHECK(m.max_rss_mib < kMemoryMiBLimit);
}

// What a traced run touched outside the program's own libraries.
struct Access {
  bool traced = false;               // false: strace is not usable here (nothing below was checked)
  std::vector<std::string> opened;   // every path passed to open/openat/creat, in order
  std::vector<std::string> network;  // every socket/connect/bind/... call
};

// True when strace can trace a child here (it needs ptrace, which some containers forbid).
inline bool strace_usable() {
  static const bool usable = [] {
    try {
      return run_process({"strace", "-f", "-qq", "-o", "/dev/null", "true"}).exit_code == 0;
    } catch (const std::exception&) {
      return false;
    }
  }();
  return usable;
}

// Runs argv under strace and lists what it opened and every network call.
inline Access trace_access(const std::vector<std::string>& argv) {
  Access access;
  if (!strace_usable()) return access;
  TempFolder folder;
  const std::string log = (folder / "strace.log").string();
  std::vector<std::string> traced = {"strace", "-f", "-qq", "-e", "trace=open,openat,openat2,creat,%network",
                                     "-o",     log,  "--"};
  traced.insert(traced.end(), argv.begin(), argv.end());
  run_process(traced);
  access.traced = true;
  // Lines look like: 4540  openat(AT_FDCWD, "feed.xml", O_RDONLY) = 3
  // (with -f a call may be split into "... <unfinished ...>" and "<... openat resumed>").
  std::istringstream lines(read_whole_file(log));
  for (std::string line; std::getline(lines, line);) {
    std::size_t at = line.find_first_not_of("0123456789 ");
    if (at == std::string::npos || line[at] == '<' || line[at] == '+' || line[at] == '-') continue;
    const std::string call = line.substr(at, line.find('(', at) - at);
    if (call == "open" || call == "openat" || call == "openat2" || call == "creat") {
      const std::size_t quote = line.find('"', at);
      if (quote != std::string::npos)
        access.opened.push_back(line.substr(quote + 1, line.find('"', quote + 1) - quote - 1));
    } else {
      access.network.push_back(line);  // only %network calls are traced besides the opens
    }
  }
  return access;
}

// The paths a run may open besides its input: the dynamic loader's, the C
// library's (CPU count; the time zone, which Xerces asks for when it compiles
// the embedded schema for --xsd), SQLite's (/dev/urandom) and the
// sanitizers' (/proc/self/...).
inline bool is_runtime_path(const std::string& path) {
  for (std::string_view prefix : {"/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/etc/ld.so.", "/etc/localtime",
                                  "/proc/", "/sys/", "/dev/null", "/dev/urandom"})
    if (path.rfind(prefix, 0) == 0) return true;
  return false;
}

// Checks that the traced run opened nothing but `allowed` (and runtime files)
// and made no network call.
inline void check_touches_only(const Access& access, const std::vector<std::filesystem::path>& allowed) {
  if (!access.traced) {
    WARN("strace is not usable here: which files were opened is not checked");
    return;
  }
  CHECK(access.network.empty());
  for (const std::string& network_call : access.network) FAIL_CHECK("network call: " << network_call);
  for (const std::string& path : access.opened) {
    if (is_runtime_path(path)) continue;
    bool ok = false;
    std::error_code ec;
    for (const std::filesystem::path& a : allowed)
      ok |=
          path == a.string() || std::filesystem::weakly_canonical(path, ec) == std::filesystem::weakly_canonical(a, ec);
    if (!ok) FAIL_CHECK("opened " << path);
  }
}

}  // namespace syncfeed::test
