#include "diff/record_reader.h"

#include <fmt/format.h>

#include <optional>
#include <stdexcept>

#include "diff/merge.h"
#include "feed/reader.h"

namespace syncfeed::diff {
namespace {

class OneProject final : public FeedSink {
 public:
  void on_project(Element& project) override {
    ++count;
    if (!found) found = std::move(project);
  }
  void on_finding(Finding finding) override {
    if (finding.rule == reader_rules::kNotWellFormed) broken = finding.message;
  }
  std::optional<Element> found;
  int count = 0;
  std::string broken;
};

// Xerces's offsets start after a byte-order mark (feed/reader.h).
std::uint64_t byte_order_mark_length(std::string_view head) {
  auto starts = [&](std::string_view bom) { return head.substr(0, bom.size()) == bom; };
  using namespace std::string_view_literals;
  if (starts("\x00\x00\xFE\xFF"sv) || starts("\xFF\xFE\x00\x00"sv)) return 4;  // UTF-32
  if (starts("\xEF\xBB\xBF"sv)) return 3;                                      // UTF-8
  if (starts("\xFE\xFF"sv) || starts("\xFF\xFE"sv)) return 2;                  // UTF-16
  return 0;
}

}  // namespace

RecordReader::RecordReader(const std::string& path, const FeedIndex& index) : path_(path), index_(index) {}

RecordReader::~RecordReader() {
  if (file_) std::fclose(file_);
}

std::string RecordReader::read_range(std::uint64_t begin, std::uint64_t end) {
  if (!file_ && !(file_ = std::fopen(path_.c_str(), "rb")))
    throw std::runtime_error(fmt::format("cannot open {} again", path_));
  if (::fseeko(file_, static_cast<off_t>(begin), SEEK_SET) != 0)
    throw std::runtime_error(fmt::format("cannot seek in {}", path_));
  std::string bytes;
  if (end == UINT64_MAX) {
    char buffer[1 << 14];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file_)) > 0) bytes.append(buffer, n);
  } else {
    bytes.resize(end - begin);
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), file_));
  }
  if (std::ferror(file_)) throw std::runtime_error(fmt::format("cannot read {}", path_));
  return bytes;
}

Element RecordReader::parse_one(const Span& span) {
  if (!edges_read_) {
    bom_ = byte_order_mark_length(read_range(0, 4));
    prefix_ = read_range(0, bom_ + index_.prefix_end);
    suffix_ = read_range(bom_ + index_.suffix_begin, UINT64_MAX);
    edges_read_ = true;
  }
  std::string feed = prefix_;
  feed += read_range(bom_ + span.begin, bom_ + span.end);
  feed += suffix_;
  OneProject sink;
  read_feed_text(feed, sink);
  if (!sink.found || sink.count != 1 || !sink.broken.empty())
    throw std::runtime_error(
        fmt::format("{} changed while it was being read (bytes {}-{} no longer hold one project{})", path_, span.begin,
                    span.end, sink.broken.empty() ? "" : ": " + sink.broken));
  return std::move(*sink.found);
}

Element RecordReader::load(const FeedIndex::Entry& entry) {
  const std::vector<Span> spans = index_.spans(entry);
  Element effective = parse_one(spans.front());
  for (std::size_t i = 1; i < spans.size(); ++i) apply_occurrence(effective, parse_one(spans[i]));
  return effective;
}

}  // namespace syncfeed::diff
