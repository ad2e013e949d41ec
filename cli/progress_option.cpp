#include "cli/progress_option.h"

#include <unistd.h>

#include <filesystem>

#include "net/url.h"

namespace syncfeed::cli {

void add_progress_option(CommandLine& line) {
  line.options.add_options()("no-progress", "no progress bar (it is only drawn on a terminal, for runs over a second)");
}

std::unique_ptr<ProgressBar> make_progress(const CommandLine& line, const std::vector<std::string>& inputs,
                                           bool prints_while_reading) {
  const bool wanted = line.values.count("no-progress") == 0 && !(prints_while_reading && ::isatty(STDOUT_FILENO));
  std::uint64_t total = 0;
  int unknown = 0;  // sizes not known ahead: standard input's never, a download's with its headers (maybe)
  for (const std::string& input : inputs) {
    std::error_code ec;
    const std::uintmax_t size = input == "-" || net::is_url(input) ? 0 : std::filesystem::file_size(input, ec);
    if (input == "-" || net::is_url(input) || ec)
      ++unknown;
    else
      total += size;
  }
  auto bar = std::make_unique<ProgressBar>(total, wanted);
  bar->await_sizes(unknown);
  return bar;
}

}  // namespace syncfeed::cli
