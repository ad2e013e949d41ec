// The progress bar of a command that reads feeds (feed/progress.h): its
// --no-progress option, and a bar sized to the files it will read.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "feed/progress.h"

namespace syncfeed::cli {

void add_progress_option(CommandLine& line);

// A bar for reading `inputs` ("-" is standard input, of unknown size; a URL's
// size comes when its download starts: give the bar's size_callback() to
// net::DownloadOptions::size_known), on
// standard error, unless --no-progress was given, or the command prints on
// standard output while it reads and that is a terminal too (the bar would
// break its lines). Keep it alive while the inputs are read; its counter()
// goes into ReadOptions::bytes_read.
std::unique_ptr<ProgressBar> make_progress(const CommandLine& line, const std::vector<std::string>& inputs,
                                           bool prints_while_reading);

}  // namespace syncfeed::cli
