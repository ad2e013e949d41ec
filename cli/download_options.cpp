#include "cli/download_options.h"

#include <cstdint>

namespace syncfeed::cli {
namespace {

constexpr long kMaxSeconds = 86400;  // a day: beyond it a stalled download is not worth waiting for

}  // namespace

void add_download_options(CommandLine& line, net::DownloadOptions& options) {
  po::options_description urls("Feeds named by a URL (http, https, ftp, ftps; see docs/urls.md)");
  urls.add_options()("user", po::value(&options.user)->value_name("USER:PASS"),
                     "credentials for the server (else the URL's own, else ~/.netrc's entry for the host)")(
      "netrc-file", po::value(&options.netrc_file)->value_name("FILE"),
      "look credentials up in FILE instead of ~/.netrc")(
      "cacert", po::value(&options.ca_file)->value_name("FILE"),
      "trust the certificate authorities in this PEM file instead of the system's (certificates are always verified)")(
      "connect-timeout", number_value(&options.connect_timeout_seconds, 1L, kMaxSeconds),
      "give up connecting after N seconds (default 30)")(
      "low-speed-time", number_value(&options.low_speed_time_seconds, 1L, kMaxSeconds),
      "fail when less than a byte a second arrives for N seconds (default 60)")(
      "max-download", number_value(&options.max_bytes, std::uint64_t{1}),
      "fail when the body (unpacked) is larger than N bytes (default 4 GiB)");
  line.options.add(urls);
}

}  // namespace syncfeed::cli
