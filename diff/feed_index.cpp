#include "diff/feed_index.h"

#include "diff/data_hash.h"
#include "diff/record_key.h"
#include "feed/reader.h"

namespace syncfeed::diff {
namespace {

bool stops_reading(const Finding& f) {
  return f.rule == reader_rules::kNotWellFormed || f.rule == reader_rules::kDtd || f.rule == reader_rules::kLimit;
}

class IndexSink final : public FeedSink {
 public:
  IndexSink(IndexResult& result, const IgnoreList& ignore) : result_(result), ignore_(ignore) {}

  void on_project_span(std::uint64_t begin, std::uint64_t end) override {
    if (!seen_span_) result_.index.prefix_end = begin;
    seen_span_ = true;
    span_ = {begin, end};
    result_.index.suffix_begin = end;
  }

  void on_project(Element& project) override {
    const std::string* id = project_id(project);
    if (!id) {
      ++result_.index.keyless;
      return;
    }
    result_.index.add(*id, data_hash(project, ignore_), span_);
  }

  void on_finding(Finding finding) override {
    if (stops_reading(finding)) result_.fatal.push_back(std::move(finding));
  }

 private:
  IndexResult& result_;
  const IgnoreList& ignore_;
  Span span_;
  bool seen_span_ = false;
};

}  // namespace

void FeedIndex::add(std::string_view id, std::uint64_t hash, Span span) {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) {
    const std::string& stored = ids_.emplace_back(id);
    by_id_.emplace(stored, static_cast<std::uint32_t>(entries_.size()));
    entries_.push_back({stored, hash_combine(0, hash), span, 1, kNone});
    return;
  }
  Entry& entry = entries_[it->second];
  entry.hash = hash_combine(entry.hash, hash);
  ++entry.occurrences;
  const auto added = static_cast<std::uint32_t>(duplicates_.size());
  duplicates_.push_back({span, kNone});
  std::uint32_t* link = &entry.more;
  while (*link != kNone) link = &duplicates_[*link].next;
  *link = added;
}

const FeedIndex::Entry* FeedIndex::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

std::vector<Span> FeedIndex::spans(const Entry& entry) const {
  std::vector<Span> out{entry.first};
  for (std::uint32_t i = entry.more; i != kNone; i = duplicates_[i].next) out.push_back(duplicates_[i].span);
  return out;
}

IndexResult index_feed(const std::string& path, const std::string& shown, const IgnoreList& ignore,
                       std::atomic<std::uint64_t>* bytes_read) {
  IndexResult result;
  IndexSink sink(result, ignore);
  ReadOptions options;
  options.project_spans = true;
  options.bytes_read = bytes_read;
  const ReadSummary summary = read_feed(path, sink, options);
  if (!summary.opened)
    result.io_error = summary.io_error;
  else if (!summary.complete && result.fatal.empty())
    result.io_error = "cannot read " + shown + " to the end";
  for (Finding& f : result.fatal) f.file = shown;
  return result;
}

}  // namespace syncfeed::diff
