#include "diff/revisions.h"

#include <future>

#include "diff/record_reader.h"

namespace syncfeed::diff {

Revisions::Revisions(const std::string& old_path, const std::string& new_path, const IgnoreList& ignore,
                     std::atomic<std::uint64_t>* bytes_read, const net::DownloadOptions& download)
    : old_input_(std::make_unique<SeekableInput>(old_path, download, bytes_read)),
      new_input_(std::make_unique<SeekableInput>(new_path, download, bytes_read)) {
  for (const SeekableInput* input : {old_input_.get(), new_input_.get()})
    if (!input->ok()) {
      error_ = input->error();
      return;
    }
  // The two files are independent: index OLD on a second thread meanwhile.
  auto old_index = std::async(std::launch::async,
                              [&] { return index_feed(old_input_->path(), old_input_->shown(), ignore, bytes_read); });
  new_ = index_feed(new_input_->path(), new_input_->shown(), ignore, bytes_read);
  old_ = old_index.get();
  for (IndexResult* r : {&old_, &new_}) {
    if (!r->io_error.empty() && error_.empty()) error_ = r->io_error;
    findings_.insert(findings_.end(), r->fatal.begin(), r->fatal.end());
  }
}

void Revisions::for_each_candidate(const Visitor& visit) {
  RecordReader old_reader(old_input_->path(), old_.index);
  RecordReader new_reader(new_input_->path(), new_.index);
  std::vector<bool> old_seen(old_.index.entries().size(), false);
  const FeedIndex::Entry* old_first = old_.index.entries().data();
  for (const FeedIndex::Entry& entry : new_.index.entries()) {
    const FeedIndex::Entry* before = old_.index.find(entry.id);
    if (!before) {
      ++counts_.added;
      const Element project = new_reader.load(entry);
      visit(nullptr, &project);
      continue;
    }
    old_seen[static_cast<std::size_t>(before - old_first)] = true;
    if (before->hash == entry.hash && before->occurrences == entry.occurrences) {
      ++counts_.same;
      continue;
    }
    ++counts_.candidates;
    const Element old_project = old_reader.load(*before);
    const Element new_project = new_reader.load(entry);
    visit(&old_project, &new_project);
  }
  for (std::size_t i = 0; i < old_seen.size(); ++i) {
    if (old_seen[i]) continue;
    ++counts_.removed;
    const Element project = old_reader.load(old_.index.entries()[i]);
    visit(&project, nullptr);
  }
}

}  // namespace syncfeed::diff
