// syncfeed fmt: the canonical form of a feed (docs/format.md §5).
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include "cli/brief_findings.h"
#include "cli/command_line.h"
#include "cli/download_options.h"
#include "cli/jobs_option.h"
#include "cli/progress_option.h"
#include "feed/output.h"
#include "feed/reader.h"
#include "feed/writer.h"
#include "net/copy_download.h"
#include "net/url.h"

namespace syncfeed::cli {
namespace {

// Compares what is written with the original bytes and remembers where they
// first differ, as a line and column of the original.
class ComparingOutput final : public Output {
 public:
  explicit ComparingOutput(std::string_view original) : original_(original) {}

  void write(std::string_view bytes) override {
    if (differs_) return;
    for (char c : bytes) {
      if (pos_ >= original_.size() || original_[pos_] != c) {
        differs_ = true;
        return;
      }
      advance();
    }
  }
  // True when the written bytes equal the original exactly; call after the last write.
  bool same() const { return !differs_ && pos_ == original_.size(); }
  Location where() const { return {line_, column_}; }

 private:
  void advance() {
    if (original_[pos_++] == '\n') {
      ++line_;
      column_ = 1;
    } else {
      ++column_;
    }
  }
  std::string_view original_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  bool differs_ = false;
};

class TeeOutput final : public Output {
 public:
  TeeOutput(Output& a, Output& b) : a_(a), b_(b) {}
  void write(std::string_view bytes) override {
    a_.write(bytes);
    b_.write(bytes);
  }

 private:
  Output& a_;
  Output& b_;
};

// A file read in parts: each project's canonical text is made on the thread
// that read it, and the project freed there, while it is in the cache; the
// calling thread only writes the texts in order (docs/parallel.md).
class CanonicalText final : public ProjectChecker {
 public:
  void stray(const StrayElement&, std::vector<Finding>&) override {}
  void project(const Element&, std::vector<Finding>&) override {}
  bool project_text(const Element& project, std::string& text) override {
    CanonicalWriter::project_into(text, project);
    return true;
  }
};

// Feeds each project to the writer; keeps the findings that stop the reading.
class FormatSink final : public FeedSink {
 public:
  explicit FormatSink(CanonicalWriter& writer) : writer_(writer) {}
  void on_project(Element& project) override { writer_.project(project); }
  std::unique_ptr<ProjectChecker> project_checker() override { return std::make_unique<CanonicalText>(); }
  void on_project_text(std::string& text) override { writer_.project_text(text); }
  void on_finding(Finding finding) override {
    if (finding.rule == reader_rules::kNotWellFormed || finding.rule == reader_rules::kDtd ||
        finding.rule == reader_rules::kLimit)
      fatal.push_back(std::move(finding));
  }
  std::vector<Finding> fatal;

 private:
  CanonicalWriter& writer_;
};

std::string shown_name(const std::string& input) { return input == "-" ? "<stdin>" : net::masked_url(input); }

bool read_file(const std::string& path, std::string& out) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  const bool ok = !std::ferror(f);
  if (f != stdin) std::fclose(f);
  return ok;
}

// The whole input in `out`; empty when it was read, else why not.
std::string read_whole(const std::string& path, const net::DownloadOptions& download, std::string& out) {
  if (net::is_url(path)) return net::download_text(path, download, out);
  return read_file(path, out) ? "" : fmt::format("cannot read {}", shown_name(path));
}

// Formats `input` into `out`, drawing `progress` meanwhile. Returns the
// findings that stopped the reading.
std::vector<Finding> format(const std::string& input, const std::string* text, Output& out, bool& opened,
                            std::string& io_error, const net::DownloadOptions& download,
                            std::unique_ptr<ProgressBar> progress, unsigned jobs) {
  std::vector<Finding> fatal;
  {
    CanonicalWriter writer(out);
    FormatSink sink(writer);
    writer.begin();
    ReadOptions options;
    options.bytes_read = progress->counter();
    options.download = download;
    options.download.size_known = progress->size_callback();
    options.jobs = jobs;
    ReadSummary summary = text ? read_feed_text(*text, sink, options) : read_feed(input, sink, options);
    progress.reset();  // its line is cleared before anything else is printed
    opened = summary.opened;
    io_error = summary.io_error;
    if (summary.complete) writer.end(summary.trailing_directives);
    fatal = std::move(sink.fatal);
  }
  for (Finding& f : fatal) f.file = shown_name(input);
  return fatal;
}

// --check or --write of one file: 0 canonical (or written), 1 not canonical
// (--check) or not well-formed, 2 an I/O error.
int check_or_write(const CommandLine& line, const std::string& input, bool write, const net::DownloadOptions& download,
                   unsigned jobs) {
  const std::string shown = shown_name(input);
  bool opened = true;
  std::string io_error;
  std::string original;
  if (const std::string why = read_whole(input, download, original); !why.empty()) return usage_error(why);
  ComparingOutput compare(original);
  std::unique_ptr<AtomicFile> replacement;
  if (write) replacement = std::make_unique<AtomicFile>(input);
  TeeOutput tee(compare, *(write ? static_cast<Output*>(replacement.get()) : &compare));
  auto fatal = format(input, &original, write ? static_cast<Output&>(tee) : compare, opened, io_error, download,
                      make_progress(line, {input}, false), jobs);
  if (!fatal.empty()) return print_findings_brief(fatal), kExitFindings;
  if (compare.same()) return kExitClean;
  if (!write) {
    const Location at = compare.where();
    // Standard input cannot be replaced: the fix for it writes the canonical form elsewhere.
    // (Nor can a URL: its fix is the same.)
    const std::string fix =
        input == "-" || net::is_url(input)
            ? fmt::format("syncfeed fmt {} > OUT writes its canonical form", input == "-" ? "-" : shown)
            : fmt::format("syncfeed fmt --write {} fixes it", input);
    fmt::print("{}:{}:{}: not in canonical form from here on ({})\n", shown, at.line, at.column, fix);
    return kExitFindings;
  }
  if (!replacement->commit()) return usage_error(replacement->error());
  fmt::print(stderr, "formatted {}\n", shown);
  return kExitClean;
}

}  // namespace

int run_fmt(const Args& args) {
  CommandLine line;
  line.usage = "syncfeed fmt [FILE|URL|-] [-o OUT]   or   syncfeed fmt --check|--write FILE...";
  line.description =
      "Writes the canonical form of a feed: UTF-8, LF, 2-space indentation, known fields in the\n"
      "order of the format, custom fields after them in the order read, webshop fields with the\n"
      "underscore, e-mails and phones nested. Only structure changes, never a value.\n"
      "Suppression comments (syncfeed-disable...) are kept before the element they apply to;\n"
      "other comments, processing instructions and DOCTYPE are not (see: syncfeed roundtrip).\n"
      "With --check or --write it takes several files and does each in turn (--check also URLs).\n"
      "A URL (http, https, ftp, ftps) is downloaded as it is read.\n"
      "A FILE of 16 MiB or more is read in parts on one thread per core (--jobs N: N threads), cut\n"
      "after a <Project>; standard input, URLs, smaller files, --check, --write and feeds the cut is\n"
      "not sure of (a DOCTYPE, not UTF-8) are read in one piece. The output is the same\n"
      "(docs/parallel.md).\n"
      "Exit: 0 done (or already canonical with --check), 1 not canonical (--check) or a feed that\n"
      "is not well-formed, 2 usage or I/O error (the worst over the files).";
  std::vector<std::string> inputs;
  std::string output;
  // clang-format off
  line.options.add_options()
      ("output,o", po::value(&output), "write to OUT (atomically) instead of standard output")
      ("check", "write nothing; exit 1 when a FILE is not canonical, saying where it first differs")
      ("write,w", "replace each FILE (or the file a symbolic link leads to) with its canonical form, "
                  "atomically (left alone when already canonical)");
  // clang-format on
  unsigned jobs = 0;  // one per core
  add_jobs_option(line, &jobs);
  add_progress_option(line);
  net::DownloadOptions download;
  add_download_options(line, download);
  line.add_positional("input", po::value(&inputs), -1);
  if (auto done = parse_command_line(line, args)) return *done;
  const bool check = line.values.count("check") > 0;
  const bool write = line.values.count("write") > 0;
  if (inputs.empty()) inputs.push_back("-");
  if (check && write) return usage_error("fmt: --check and --write exclude each other");
  if ((check || write) && !output.empty()) return usage_error("fmt: -o goes with neither --check nor --write");
  const auto stdin_count = std::count(inputs.begin(), inputs.end(), "-");
  if (write && stdin_count > 0) return usage_error("fmt: --write needs a FILE, not standard input");
  if (write && std::any_of(inputs.begin(), inputs.end(), [](const std::string& i) { return net::is_url(i); }))
    return usage_error("fmt: --write needs a FILE, not a URL (fmt URL -o FILE writes its canonical form)");
  if (stdin_count > 1) return usage_error("fmt: standard input (-) can be read only once");
  if (inputs.size() > 1 && !check && !write)
    return usage_error("fmt: several FILEs need --check or --write (standard output and -o hold one feed)");

  if (check || write) {
    int worst = kExitClean;
    for (const std::string& input : inputs) worst = std::max(worst, check_or_write(line, input, write, download, jobs));
    return worst;
  }

  const std::string& input = inputs.front();
  bool opened = true;
  std::string io_error;
  if (!output.empty()) {
    AtomicFile file(output);
    if (!file.ok()) return usage_error(file.error());
    auto fatal = format(input, nullptr, file, opened, io_error, download, make_progress(line, {input}, false), jobs);
    if (!opened) return usage_error(io_error);
    if (!fatal.empty()) return print_findings_brief(fatal), kExitFindings;
    if (!file.commit()) return usage_error(file.error());
    return kExitClean;
  }

  FileOutput out(stdout);
  auto fatal = format(input, nullptr, out, opened, io_error, download, make_progress(line, {input}, true), jobs);
  if (!opened) return usage_error(io_error);
  std::fflush(stdout);
  if (!fatal.empty()) return print_findings_brief(fatal), kExitFindings;
  if (out.failed()) return usage_error("cannot write to standard output");
  return kExitClean;
}

}  // namespace syncfeed::cli
