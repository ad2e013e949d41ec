// The options of every command that reads feeds, for feeds named by a URL
// (docs/urls.md): --user, --netrc-file, --cacert, --connect-timeout,
// --low-speed-time, --max-download. They fill a net::DownloadOptions.
#pragma once

#include "cli/command_line.h"
#include "net/download_options.h"

namespace syncfeed::cli {

void add_download_options(CommandLine& line, net::DownloadOptions& options);

}  // namespace syncfeed::cli
