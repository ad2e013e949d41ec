#include "feed/reader/parts_reader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <variant>
#include <vector>

#include "feed/reader/byte_search.h"

namespace syncfeed {
namespace {

// What wraps a part so that its parser stands inside the root, as in the whole file.
constexpr std::string_view kRootStart = "<Projects>";
constexpr std::string_view kRootEnd = "</Projects>";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// --- what a part's reading told its sink, in order ------------------------------

// `found` (here and in StrayEvent): what the sink's ProjectChecker found in it, on the worker.
// `text`, when `made_text`, or else `digest`, when not null: what the checker
// made of the project, which is then not kept.
struct ProjectEvent {
  Element project;
  std::vector<Finding> found;
  std::string text;
  bool made_text = false;
  std::unique_ptr<ProjectDigest> digest;
};
struct FindingEvent {
  Finding finding;
};
struct CommentEvent {
  std::string text;
  Location loc;
};
struct DroppedEvent {
  std::string what;
  Location loc;
};
struct StrayEvent {
  Element element;
  Kind list;
  std::string project_id, order_id, product_id;
  std::vector<Finding> found;
};
using Event = std::variant<ProjectEvent, FindingEvent, CommentEvent, DroppedEvent, StrayEvent>;

// --- where a part stands in the file ----------------------------------------------

// A place in a part's own document moved to the file: lines after the
// part's first are shifted by the lines before it; on its first line, the
// columns are also shifted past the wrapper's start tag.
struct Shift {
  Location start;             // where the part's first byte stands in the file
  std::uint32_t wrapper = 0;  // columns of the wrapper before that byte in the part's document

  Location operator()(Location at) const {
    if (at.line == 0) return at;  // not a place
    if (at.line > 1) return {start.line + at.line - 1, at.column};
    return {start.line, at.column > wrapper ? start.column + at.column - 1 - wrapper : start.column};
  }
  void move(Element& e) const {
    e.loc = (*this)(e.loc);
    for (Element& child : e.children) move(child);
  }
};

// Records what a part's reading tells its sink, each place moved to the file's
// at once and the sink's checks made, while the project is still in the cache.
class RecordingSink final : public FeedSink {
 public:
  RecordingSink(std::vector<Event>& events, Shift shift, ProjectChecker* checker)
      : events_(events), shift_(shift), checker_(checker) {}
  void on_project(Element& project) override {
    shift_.move(project);
    ProjectEvent e;
    if (checker_) {
      checker_->project(project, e.found);
      e.made_text = checker_->project_text(project, e.text);
      if (!e.made_text) e.digest = checker_->project_digest(project);
    }
    if (!e.made_text && !e.digest) e.project = std::move(project);  // else the reader frees it on return, here
    events_.emplace_back(std::move(e));
  }
  void on_finding(Finding finding) override {
    finding.loc = shift_(finding.loc);
    events_.emplace_back(FindingEvent{std::move(finding)});
  }
  void on_comment(std::string_view text, Location loc) override {
    events_.emplace_back(CommentEvent{std::string(text), shift_(loc)});
    if (checker_) checker_->comment(text, shift_(loc));
  }
  void on_dropped(std::string_view what, Location loc) override {
    events_.emplace_back(DroppedEvent{std::string(what), shift_(loc)});
  }
  void on_stray(const StrayElement& stray) override {
    StrayEvent e{stray.element,
                 stray.list,
                 std::string(stray.project_id),
                 std::string(stray.order_id),
                 std::string(stray.product_id),
                 {}};
    shift_.move(e.element);
    if (checker_) checker_->stray({e.element, e.list, e.project_id, e.order_id, e.product_id}, e.found);
    events_.emplace_back(std::move(e));
  }

 private:
  std::vector<Event>& events_;
  Shift shift_;
  ProjectChecker* checker_;  // nullptr: none
};

// What the file read again in one piece tells, less what the parts already
// told: the first `skip` things (projects, findings, comments, dropped
// things, strays) are the ones the parts told, in the same order (each part
// that was read to its end reads as the whole file reads there), so they are
// dropped; what follows goes to the sink, checked by the sink's checker as
// the parts would have checked it.
class SkippingSink final : public FeedSink {
 public:
  SkippingSink(FeedSink& sink, std::uint64_t skip, ProjectChecker* checker)
      : sink_(sink), skip_(skip), checker_(checker) {}
  void on_project(Element& project) override {
    if (skipped()) return;
    if (checker_) {
      std::vector<Finding> found;
      checker_->project(project, found);
      if (!found.empty()) sink_.on_checked(std::move(found));
    }
    sink_.on_project(project);
  }
  void on_finding(Finding finding) override {
    if (!skipped()) sink_.on_finding(std::move(finding));
  }
  void on_comment(std::string_view text, Location loc) override {
    if (!skipped()) sink_.on_comment(text, loc);
  }
  void on_dropped(std::string_view what, Location loc) override {
    if (!skipped()) sink_.on_dropped(what, loc);
  }
  void on_stray(const StrayElement& stray) override {
    if (skipped()) return;
    if (checker_) {
      std::vector<Finding> found;
      checker_->stray(stray, found);
      if (!found.empty()) sink_.on_checked(std::move(found));
    }
    sink_.on_stray(stray);
  }

 private:
  bool skipped() {
    if (skip_ == 0) return false;
    --skip_;
    return true;
  }
  FeedSink& sink_;
  std::uint64_t skip_;
  ProjectChecker* checker_;  // nullptr: none
};

// How far a part's bytes move the parser's line and column, counted as
// Xerces counts them: CR LF, CR and LF each end a line; a column is a UTF-16
// code unit (a character outside the BMP counts two).
struct Extent {
  std::uint32_t lines = 0;
  std::uint32_t last_columns = 0;  // columns on the last line

  static Extent of(std::string_view bytes) {
    if (bytes.find('\r') != std::string_view::npos) return of_with_cr(bytes);
    Extent e;
    e.lines = count_lf(bytes);
    const std::size_t last_break = bytes.rfind('\n');
    e.last_columns = columns(last_break == std::string_view::npos ? bytes : bytes.substr(last_break + 1));
    return e;
  }
  // The rare part with a CR: byte by byte.
  static Extent of_with_cr(std::string_view bytes) {
    Extent e;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      const char b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n'))) {
        ++e.lines;
        line_start = i + 1;
      }
    }
    // A CR just before a LF is no column of its own.
    std::string_view last = bytes.substr(line_start);
    e.last_columns = columns(last) - static_cast<std::uint32_t>(std::count(last.begin(), last.end(), '\r'));
    return e;
  }
  static std::uint32_t count_lf(std::string_view bytes) {
    return static_cast<std::uint32_t>(byte_search::count_byte(bytes.data(), 0, bytes.size(), '\n'));
  }
  // UTF-16 code units of UTF-8 text.
  static std::uint32_t columns(std::string_view text) {
    std::uint32_t n = 0;
    for (const char c : text) {
      const unsigned char b = static_cast<unsigned char>(c);
      if ((b & 0xC0) != 0x80) n += b >= 0xF0 ? 2 : 1;
    }
    return n;
  }
  Location after(Location start) const {
    return lines == 0 ? Location{start.line, start.column + last_columns}
                      : Location{start.line + lines, 1 + last_columns};
  }
};

// A part's document: its bytes read from the file, with the wrapper around
// them. One per worker, reused from part to part (no allocation per part),
// and not a std::string, which would write zeros where the bytes then go
// (half the memset of lint --jobs 2; the page faults were the same either way).
class PartText {
 public:
  // False when the file no longer has the bytes.
  bool load(std::FILE* file, std::uint64_t begin, std::size_t length, std::string_view before, std::string_view after) {
    const std::size_t size = before.size() + length + after.size();
    if (size > capacity_) {
      buffer_.reset(new char[size]);  // not value-initialised: the bytes are read over it
      capacity_ = size;
    }
    char* at = buffer_.get();
    std::memcpy(at, before.data(), before.size());
    if (fseeko(file, static_cast<off_t>(begin), SEEK_SET) != 0 ||
        std::fread(at + before.size(), 1, length, file) != length)
      return false;
    std::memcpy(at + before.size() + length, after.data(), after.size());
    size_ = size;
    bytes_ = {at + before.size(), length};
    return true;
  }
  std::string_view document() const { return {buffer_.get(), size_}; }
  std::string_view bytes() const { return bytes_; }  // the file's, without the wrapper

 private:
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0, size_ = 0;
  std::string_view bytes_;
};

struct PartResult {
  std::vector<Event> events;  // their places are the file's
  ReadSummary summary;
  std::exception_ptr error;
};

// --- reading the parts ------------------------------------------------------------

// How far the plan must have read past a part before the part is told: a
// reading in one piece reads ahead of what it reports (Xerces reads 48 KiB
// blocks and transcodes 16 K characters at a time), and a byte that is not
// UTF-8 stops it where its block is read. Past this margin, whatever the plan
// finds later would have stopped a reading in one piece only after it had
// told everything the parts told; the parts are then dropped and the file
// read again in one piece, skipping what was told (SkippingSink).
constexpr std::uint64_t kPlannedAhead = 1u << 20;
// How much the calling thread plans at a time, between parts it replays.
constexpr std::uint64_t kPlanStep = 1u << 20;

class PartsReader {
 public:
  PartsReader(const std::string& path, PartPlanner& planner, const ReadOptions& options, unsigned jobs)
      : path_(path), planner_(planner), options_(options), jobs_(jobs) {
    starts_.push_back(Location{1, 1});
    part_options_ = options;
    part_options_.jobs = 1;
    part_options_.bytes_read = nullptr;  // the whole part is counted once read
    // The plan checked every byte as UTF-8 (a plan that finds one that is not
    // gives the file to one piece). A file changed since is read as it is:
    // Xerces's decoder still refuses what is not UTF-8.
    part_options_.checked_utf8 = true;
  }

  ReadSummary run(FeedSink& sink) {
    planner_.advance(kPlanStep);
    if (gave_up()) return read_file_in_one_piece(path_, sink, options_);  // told nothing yet
    std::vector<std::unique_ptr<ProjectChecker>> checkers;
    for (unsigned j = 0; j < jobs_; ++j) checkers.push_back(sink.project_checker());
    if (checkers.front()) ahead_ = kCompactAheadPerJob * jobs_;
    std::vector<std::jthread> workers;
    replayed_events_.resize(jobs_);
    for (unsigned j = 0; j < jobs_; ++j)
      workers.emplace_back([this, j, checker = checkers[j].get()] { work(j, checker); });
    ReadSummary summary;
    std::exception_ptr error;
    std::optional<std::uint64_t> told;  // set when the plan gave up after `told` things were told
    try {
      told = replay_all(sink, summary, error);
    } catch (...) {
      stop();
      throw;
    }
    stop();
    for (std::jthread& w : workers) w.join();
    if (error) std::rethrow_exception(error);
    if (told) {
      if (options_.bytes_read) options_.bytes_read->fetch_sub(counted_, std::memory_order_relaxed);
      SkippingSink skipping(sink, *told, checkers.empty() ? nullptr : checkers.front().get());
      return read_file_in_one_piece(path_, skipping, options_);
    }
    return summary;
  }

 private:
  struct Part {
    std::uint64_t begin, end;
  };

  bool gave_up() const { return planner_.finished() && !planner_.plan().serial_because.empty(); }

  // Replays the parts in order, planning on between them. Returns how many
  // things were told when the plan gave up (the file is then read again in
  // one piece), nothing when the parts were read.
  std::optional<std::uint64_t> replay_all(FeedSink& sink, ReadSummary& summary, std::exception_ptr& error) {
    std::uint64_t told = 0;
    for (std::size_t k = 0;; ++k) {
      plan_ahead(k);
      if (gave_up()) return told;
      if (k >= published()) break;  // planned to the end: every part was replayed
      PartResult result = take(k);
      if (result.error) {
        error = result.error;
        break;
      }
      for (Event& event : result.events) {
        replay(event, sink);
      }
      told += result.events.size();
      summary.projects += result.summary.projects;
      if (k == 0) summary.encoding = result.summary.encoding;
      const bool last = is_last(k);
      if (!result.summary.complete) break;  // what follows is never read, as in one piece
      if (!last && !result.summary.trailing_directives.empty()) {
        error = std::make_exception_ptr(std::logic_error("a part ended with a directive waiting for the next part"));
        break;
      }
      if (last) {
        summary.complete = true;
        summary.trailing_directives = std::move(result.summary.trailing_directives);
      }
      done(k, std::move(result.events));
    }
    return std::nullopt;
  }

  // Plans until the workers have the parts they may read while part k is
  // replayed, and the plan has read far enough past part k for it to be told.
  void plan_ahead(std::size_t k) {
    while (!planner_.finished()) {
      const std::size_t ready = planner_.ready_cuts();
      const bool parts_enough = ready >= k + ahead_ + 1;
      if (parts_enough && planner_.planned() >= planner_.plan().cuts[k] + kPlannedAhead) break;
      planner_.advance(planner_.planned() + kPlanStep);
      publish();
    }
    publish();
  }

  // Tells the workers the parts the plan is sure of.
  void publish() {
    const PartPlan& plan = planner_.plan();
    const std::size_t ready = planner_.ready_cuts();
    const bool to_the_end = planner_.finished() && plan.serial_because.empty();
    // Nothing new: no lock, no waking. (Only this thread publishes.)
    if (ready == published_cuts_ && !(to_the_end && !all_published_)) return;
    published_cuts_ = ready;
    {
      std::lock_guard lock(mutex_);
      while (parts_.size() < ready) {
        parts_.push_back({parts_.empty() ? 0 : parts_.back().end, plan.cuts[parts_.size()]});
        grow();
      }
      if (to_the_end && !all_published_) {
        parts_.push_back({parts_.empty() ? 0 : parts_.back().end, plan.size});
        grow();
        all_published_ = true;
      }
      wake_workers();
    }
  }
  void grow() {
    reader_.emplace_back();
    results_.emplace_back();
    starts_.emplace_back();
  }
  std::size_t published() {
    std::lock_guard lock(mutex_);
    return parts_.size();
  }
  bool is_last(std::size_t k) {
    std::lock_guard lock(mutex_);
    return all_published_ && k + 1 == parts_.size();
  }

  void work(unsigned worker, ProjectChecker* checker) {
    std::FILE* file = std::fopen(path_.c_str(), "rb");
    PartText text;
    while (true) {
      std::size_t k;
      Part part;
      bool last;
      std::vector<std::vector<Event>> replayed;
      {
        std::unique_lock lock(mutex_);
        wait_as_worker(lock, [&] {
          return stopped_ || (next_ < parts_.size() && next_ < replayed_ + ahead_) ||
                 (all_published_ && next_ >= parts_.size());
        });
        replayed.swap(replayed_events_[worker]);
        if (stopped_ || next_ >= parts_.size()) break;
        k = next_++;
        reader_[k] = worker;
        part = parts_[k];
        last = all_published_ && k + 1 == parts_.size();
      }
      replayed.clear();  // freed here, not on the thread that replays
      PartResult result = read_part(file, text, k, part, last, checker);
      {
        std::lock_guard lock(mutex_);
        results_[k] = std::move(result);
        if (replaying_waits_for_ == k) replaying_.notify_one();
      }
    }
    if (file) std::fclose(file);
  }

  // `text`: the worker's buffer, which the part's document replaces.
  PartResult read_part(std::FILE* file, PartText& text, std::size_t k, const Part& part, bool last,
                       ProjectChecker* checker) {
    PartResult result;
    try {
      const bool first = k == 0;
      const std::size_t length = static_cast<std::size_t>(part.end - part.begin);
      if (!file || !text.load(file, part.begin, length, first ? "" : kRootStart, last ? "" : kRootEnd))
        throw std::runtime_error("cannot read " + path_ + " again (did it change while it was read?)");
      std::string_view bytes = text.bytes();
      if (first && bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());  // Xerces counts no column for it
      const Shift shift{start_after(k, Extent::of(bytes)), static_cast<std::uint32_t>(first ? 0 : kRootStart.size())};
      RecordingSink recorder(result.events, shift, checker);
      result.summary = read_feed_text(text.document(), recorder, part_options_);
      if (options_.bytes_read) options_.bytes_read->fetch_add(length, std::memory_order_relaxed);
      counted_.fetch_add(length, std::memory_order_relaxed);
    } catch (...) {
      result.error = std::current_exception();
    }
    return result;
  }

  // Where part k begins, once the parts before it have counted their lines;
  // tells the next part where it begins.
  Location start_after(std::size_t k, const Extent& extent) {
    std::unique_lock lock(mutex_);
    wait_as_worker(lock, [&] { return starts_[k].has_value() || stopped_; });
    if (!starts_[k]) throw std::runtime_error("the reading in parts was stopped");  // an earlier part failed
    const Location start = *starts_[k];
    starts_[k + 1] = extent.after(start);
    wake_workers();
    return start;
  }

  PartResult take(std::size_t k) {
    std::unique_lock lock(mutex_);
    replaying_waits_for_ = k;
    replaying_.wait(lock, [&] { return results_[k].has_value(); });
    replaying_waits_for_ = kNone;
    PartResult result = std::move(*results_[k]);
    results_[k].reset();
    return result;
  }

  // Part k is replayed: the next part may be read, and a worker frees its projects.
  void done(std::size_t k, std::vector<Event> events) {
    {
      std::lock_guard lock(mutex_);
      replayed_ = k + 1;
      replayed_events_[reader_[k]].push_back(std::move(events));
      wake_workers();
    }
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    working_.notify_all();
    replaying_.notify_all();
  }

  // Waking costs a system call and a switch each time (a few thousand parts
  // a second): only a thread that waits is woken. With mutex_ held.
  template <class Ready>
  void wait_as_worker(std::unique_lock<std::mutex>& lock, Ready ready) {
    while (!ready()) {
      ++workers_waiting_;
      working_.wait(lock);
      --workers_waiting_;
    }
  }
  void wake_workers() {
    if (workers_waiting_ > 0) working_.notify_all();
  }

  static void replay(Event& event, FeedSink& sink) {
    std::visit(
        [&](auto& e) {
          using T = std::decay_t<decltype(e)>;
          if constexpr (std::is_same_v<T, ProjectEvent>) {
            if (!e.found.empty()) sink.on_checked(std::move(e.found));
            if (e.made_text)
              sink.on_project_text(e.text);
            else if (e.digest)
              sink.on_project_digest(*e.digest);
            else
              sink.on_project(e.project);
          } else if constexpr (std::is_same_v<T, FindingEvent>)
            sink.on_finding(std::move(e.finding));
          else if constexpr (std::is_same_v<T, CommentEvent>)
            sink.on_comment(e.text, e.loc);
          else if constexpr (std::is_same_v<T, DroppedEvent>)
            sink.on_dropped(e.what, e.loc);
          else {
            if (!e.found.empty()) sink.on_checked(std::move(e.found));
            sink.on_stray({e.element, e.list, e.project_id, e.order_id, e.product_id});
          }
        },
        event);
  }

  const std::string& path_;
  PartPlanner& planner_;  // used by the calling thread only
  const ReadOptions& options_;
  ReadOptions part_options_;
  unsigned jobs_;
  // Parts read or waiting to be replayed at once. When the sink's checker
  // reduces each project to its text or a compact record, a part waiting
  // holds little, and more of them keep the workers busy while the calling
  // thread waits for a core (three threads on two cores): lint --jobs 2 of
  // the 150 MB bench feed used 1.82 cores instead of 1.63 (perf stat, five
  // runs each). A part whose projects are kept whole weighs about 13 times
  // its bytes: then only one more part than there are workers.
  static constexpr std::size_t kCompactAheadPerJob = 6;
  std::size_t ahead_ = jobs_ + 1;
  std::atomic<std::uint64_t> counted_{0};  // bytes the parts added to options_.bytes_read

  std::mutex mutex_;
  static constexpr std::size_t kNone = ~std::size_t{0};
  std::condition_variable working_;    // workers wait on it: for a part to read, or where theirs starts
  std::condition_variable replaying_;  // the calling thread waits on it for the part it replays next
  unsigned workers_waiting_ = 0;
  std::size_t replaying_waits_for_ = kNone;
  std::vector<Part> parts_;                        // published so far
  bool all_published_ = false;                     // the last part is among them
  std::size_t published_cuts_ = 0;                 // the cuts published so far (the calling thread's count)
  std::deque<std::optional<PartResult>> results_;  // one per published part
  std::deque<std::optional<Location>> starts_;     // where each part begins in the file, once known
  // For each worker, the parts it read that were replayed: it frees them
  // (mimalloc frees fastest on the thread that allocated).
  std::vector<std::vector<std::vector<Event>>> replayed_events_;
  std::deque<unsigned> reader_;  // the worker that reads each part
  std::size_t next_ = 0;
  std::size_t replayed_ = 0;
  bool stopped_ = false;
};

}  // namespace

ReadSummary read_in_parts(const std::string& path, std::uint64_t part_bytes, FeedSink& sink, const ReadOptions& options,
                          unsigned jobs) {
  // No more threads than the file can have parts (--jobs 1024 on a 16 MiB file).
  std::error_code ec;
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  if (!ec)
    jobs = static_cast<unsigned>(std::min<std::uint64_t>(jobs, size / std::max<std::uint64_t>(part_bytes, 1) + 1));
  PartPlanner planner(path, part_bytes);
  return PartsReader(path, planner, options, std::max(jobs, 1u)).run(sink);
}

}  // namespace syncfeed
