// tests/data/feed_server.py run by a test, on 127.0.0.1 and a free port: the
// HTTP, HTTPS or FTP server that the URL tests download from. Started in the
// constructor (which waits until it listens), killed in the destructor.
#pragma once

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/corpus_files.h"
#include "support/run_process.h"

namespace syncfeed::test {

inline std::string feed_server_script() { return (source_dir() / "tests" / "data" / "feed_server.py").string(); }

class FeedServer {
 public:
  // `root`: the folder whose files it serves. `extra`: more of the script's
  // arguments (--tls CERT KEY, --ftp).
  explicit FeedServer(const std::filesystem::path& root, std::vector<std::string> extra = {},
                      std::string python = "python3")
      : scheme_(scheme_of(extra)) {
    std::vector<std::string> argv{std::move(python), feed_server_script(), root.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("no pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<char*> args;
    for (std::string& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    const int spawned = ::posix_spawnp(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    if (spawned != 0) throw std::runtime_error("cannot run " + argv[0]);
    // Its first line, "port N", once it listens.
    std::FILE* from = ::fdopen(out[0], "r");
    char line[64] = {};
    if (!std::fgets(line, sizeof line, from) || std::sscanf(line, "port %d", &port_) != 1) {
      std::fclose(from);
      stop();
      throw std::runtime_error("the feed server did not start: " + argv[1]);
    }
    std::fclose(from);
  }
  ~FeedServer() { stop(); }
  FeedServer(const FeedServer&) = delete;
  FeedServer& operator=(const FeedServer&) = delete;

  int port() const { return port_; }
  // "http://127.0.0.1:PORT/PATH" (https, ftp as it serves).
  std::string url(const std::string& path, const std::string& credentials = "") const {
    return scheme_ + "://" + (credentials.empty() ? "" : credentials + "@") + "127.0.0.1:" + std::to_string(port_) +
           "/" + path;
  }

 private:
  static std::string scheme_of(const std::vector<std::string>& extra) {
    for (const std::string& e : extra) {
      if (e == "--tls") return "https";
      if (e == "--ftp") return "ftp";
    }
    return "http";
  }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }

  std::string scheme_;
  pid_t pid_ = -1;
  int port_ = 0;
};

// A throwaway self-signed certificate for 127.0.0.1 (openssl), in `folder`:
// cert.pem and key.pem.
inline void make_certificate(const std::filesystem::path& folder, const std::string& name = "cert") {
  const ProcessResult r =
      run_process({"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                   "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", (folder / (name + "-key.pem")).string(), "-out",
                   (folder / (name + ".pem")).string()});
  if (r.exit_code != 0) throw std::runtime_error("openssl could not make a certificate: " + r.err);
}

}  // namespace syncfeed::test
