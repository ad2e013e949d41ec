// syncfeed serve: a local MiniCRM XML sync endpoint over the state that apply
// keeps (docs/serve.md). The server is serve/; here are its options and its
// signals.
#include <fmt/format.h>
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "cli/command_line.h"
#include "cli/download_options.h"
#include "serve/server.h"

namespace syncfeed::cli {
namespace {

constexpr int kMaxCacheMib = 1 << 20;

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:0" -> host, port.
bool parse_listen(const std::string& text, std::string& host, int& port) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  return detail::parse_decimal(text.substr(colon + 1), port) && port >= 0 && port <= 65535;
}

}  // namespace

int run_serve(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed serve --state DB [--listen HOST:PORT] [--api-key SYSTEMID:KEY]... [options]";
  line.description =
      "A local stand-in for MiniCRM's XML sync API, over the state that apply keeps (docs/serve.md):\n"
      "  POST /Api/SyncFeed/{SystemId}/Upload            the feed as the body (Content-Type: application/xml)\n"
      "  GET|POST /Api/SyncFeed/{SystemId}?Source={URL}  the server downloads the feed (http, https, ftp, ftps)\n"
      "Each sync is linted, then applied as `syncfeed apply` would, in one transaction; one at a time,\n"
      "in the order received. The answer is JSON (docs/sync-answer.schema.json); syncs are recorded in\n"
      "the state (table syncs). Pages for people at /, a read API at /api/syncs and /api/cards.\n"
      "With --api-key, the sync paths need HTTP basic auth: the system id and one of its keys.\n"
      "SIGTERM or Ctrl-C: the syncs received are finished, then the server exits 0.\n"
      "Exit: 0 stopped, 2 usage error, or the state or the address cannot be used.";
  std::string state, listen = "127.0.0.1:8080", reject_on = "none";
  std::vector<std::string> keys;
  int max_body_mib = 512, timeout = 30, cache_mib = 64;
  line.options.add_options()("state", po::value(&state), "the state database (created when missing)")(
      "listen", po::value(&listen), "the address and port to serve on (default 127.0.0.1:8080; port 0: any free port)")(
      "api-key", po::value(&keys),
      "SYSTEMID:KEY, repeatable: require basic auth with these credentials (default: none)")(
      "reject-on", po::value(&reject_on),
      "error or warning: a feed with lint findings at that level changes nothing "
      "(default none: only a feed MiniCRM refuses whole)")(
      "max-body-mib", number_value(&max_body_mib, 1, 1 << 20),
      "the largest upload, and Source download unless --max-download, in MiB (default 512); "
      "larger gets 413 (502 for a Source)")("timeout", number_value(&timeout, 1, 3600),
                                            "seconds a client may take to send or read (default 30)")(
      "cache-mib", number_value(&cache_mib, 1, kMaxCacheMib), "SQLite page cache of each sync in MiB (default 64)");
  serve::ServeOptions options;
  add_download_options(line, options.download);
  if (auto done = parse_command_line(line, args)) return *done;
  if (state.empty()) return usage_error("serve: --state DB is required (see: syncfeed serve --help)");

  if (!parse_listen(listen, options.host, options.port))
    return usage_error(fmt::format("serve: --listen {} is not HOST:PORT (127.0.0.1:8080)", listen));
  for (const std::string& key : keys) {
    const std::size_t colon = key.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == key.size())
      return usage_error(fmt::format("serve: --api-key {} is not SYSTEMID:KEY", key));
    options.keys.emplace(key.substr(0, colon), key.substr(colon + 1));
  }
  if (reject_on == "error")
    options.sync.reject_on = Severity::Error;
  else if (reject_on == "warning")
    options.sync.reject_on = Severity::Warning;
  else if (reject_on != "none")
    return usage_error("serve: --reject-on is error, warning or none");
  options.max_body_bytes = static_cast<std::uint64_t>(max_body_mib) << 20;
  // A Source lands where an upload's body does: the same limit, unless told otherwise.
  if (line.values.count("max-download") == 0) options.download.max_bytes = options.max_body_bytes;
  options.timeout_seconds = timeout;
  options.sync.state_path = state;
  options.sync.cache_mib = cache_mib;

  // SIGTERM and SIGINT go to one thread, which stops the server: the syncs in
  // flight run to their end (commit or rollback) before run() returns.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a client gone mid-answer is httplib's to handle

  serve::Server server(options);
  std::thread stopper([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    server.stop();
  });
  std::string error;
  const bool served = server.run(
      [&](int port) {
        fmt::print("syncfeed serve: listening on http://{}:{}/ (state {})\n",
                   options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host, port, state);
        std::fflush(stdout);
      },
      error);
  pthread_kill(stopper.native_handle(), SIGTERM);  // blocked, so sigwait takes it: the stopper ends
  stopper.join();
  if (!served) return usage_error("serve: " + error);
  fmt::print(stderr, "syncfeed serve: stopped\n");
  return kExitClean;
}

}  // namespace syncfeed::cli
