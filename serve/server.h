// syncfeed serve: a local stand-in for MiniCRM's XML sync API (docs/serve.md).
// HTTP is cpp-httplib's (Debian's libcpp-httplib): routing, parsing, the
// thread pool, timeouts and the body limit are its; the routes are here.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "net/download_options.h"
#include "serve/sync.h"

namespace syncfeed::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                               // 0: any free port
  std::multimap<std::string, std::string> keys;  // system id -> API key; empty: no authentication
  std::uint64_t max_body_bytes = 512ull << 20;
  int timeout_seconds = 30;  // reading or writing a client
  SyncSettings sync;
  net::DownloadOptions download;  // of a Source; max_bytes defaults to max_body_bytes (cli/cmd_serve.cpp)
};

class Server {
 public:
  explicit Server(ServeOptions options);
  ~Server();
  // Binds, then calls `listening(port)` and serves until stop(); false (with
  // `error`) when it cannot bind. Syncs in flight finish before it returns.
  bool run(const std::function<void(int port)>& listening, std::string& error);
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace syncfeed::serve
