#include "lint/excerpts.h"

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "feed/utf.h"

namespace syncfeed::lint {
namespace {

constexpr std::string_view kCut = "...";
constexpr std::size_t kRecentLimit = 16 * 1024;  // bytes of the current line kept for "before" windows

bool starts_code_point(unsigned char b) { return (b & 0xC0) != 0x80; }

// An excerpt still collecting the text after its column.
struct Open {
  std::vector<std::size_t> indices;  // the locations it answers
  std::string before;
  std::string after;
  std::size_t after_points = 0;
  bool cut = false;
};

class Reader {
 public:
  Reader(const std::vector<Location>& at, std::vector<Excerpt>& out) : at_(at), out_(out) {}

  // Bytes from the file, in order.
  void feed(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
      // Skip quickly to the next line that has a location.
      if (open_.empty() && (next_ >= at_.size() || at_[next_].line > line_)) {
        if (next_ >= at_.size()) return;
        const void* nl = std::memchr(data + i, '\n', size - i);
        if (!nl) return;  // the rest of this buffer is on the same, uninteresting line
        i = static_cast<const char*>(nl) - data;
        recent_.clear();
        recent_cut_ = true;
      }
      byte(static_cast<unsigned char>(data[i]));
    }
  }

  // Every location is answered: the rest of the file need not be read.
  bool done() const { return next_ >= at_.size() && open_.empty(); }

  void end_of_file() {
    end_of_line();
    for (; next_ < at_.size(); ++next_) out_[next_].found = false;
  }

 private:
  void byte(unsigned char b) {
    if (b == '\n') {
      end_of_line();
      ++line_;
      column_ = 1;
      recent_.clear();
      recent_cut_ = false;
      return;
    }
    if (starts_code_point(b)) {
      close_out_of_reach();
      if (next_ < at_.size() && at_[next_].line == line_ && at_[next_].column <= column_) open_here();
      ++column_;
    }
    for (Open& o : open_) o.after += static_cast<char>(b);
    remember(b);
  }

  // An excerpt whose text has reached kExcerptReach characters past its
  // column is complete: closed now, so that a long line (a plugin's feed is
  // one line) with many findings costs one pass, not one pass per finding.
  void close_out_of_reach() {
    std::erase_if(open_, [this](Open& o) {
      if (o.after_points++ < kExcerptReach) return false;
      o.cut = true;
      close(o);
      return true;
    });
  }

  void remember(unsigned char b) {
    recent_ += static_cast<char>(b);
    if (recent_.size() < kRecentLimit) return;
    std::size_t from = recent_.size() / 2;
    while (from < recent_.size() && !starts_code_point(static_cast<unsigned char>(recent_[from]))) ++from;
    recent_.erase(0, from);
    recent_cut_ = true;
  }

  // A new excerpt for every location at the current column (at the end of
  // the line: for every location left on it).
  void open_here(bool rest_of_line = false) {
    Open o;
    std::size_t start = recent_.size();
    std::size_t points = 0;
    while (start > 0 && points < kExcerptReach) {
      --start;
      if (starts_code_point(static_cast<unsigned char>(recent_[start]))) ++points;
    }
    if (start > 0 || recent_cut_) o.before = kCut;
    o.before.append(recent_, start);
    while (next_ < at_.size() && at_[next_].line == line_ && (rest_of_line || at_[next_].column <= column_))
      o.indices.push_back(next_++);
    open_.push_back(std::move(o));
  }

  void end_of_line() {
    // Locations past the end of the line point just after its last character.
    if (next_ < at_.size() && at_[next_].line == line_) open_here(true);
    for (Open& o : open_) close(o);
    open_.clear();
    // Locations on lines that were skipped past cannot exist; be safe anyway.
    while (next_ < at_.size() && at_[next_].line <= line_) out_[next_++].found = false;
  }

  void close(Open& o) {
    std::string text = o.before + o.after;
    while (!text.empty() && (text.back() == '\r')) text.pop_back();
    if (o.cut) text += kCut;
    // One column per character, and per byte that is not part of a UTF-8
    // character (a feed in another encoding): the text output shows each as
    // one U+FFFD.
    std::string caret;
    for (std::size_t i = 0; i < o.before.size();) {
      const std::size_t length = utf8_sequence_length(o.before, i);
      caret += o.before[i] == '\t' ? '\t' : ' ';
      i += length == 0 ? 1 : length;
    }
    for (std::size_t index : o.indices) out_[index] = Excerpt{text, caret, true};
  }

  const std::vector<Location>& at_;
  std::vector<Excerpt>& out_;
  std::size_t next_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  std::string recent_;
  bool recent_cut_ = false;
  std::vector<Open> open_;
};

}  // namespace

std::vector<Excerpt> read_excerpts(const std::string& path, const std::vector<Location>& at) {
  std::vector<Excerpt> out(at.size());
  if (at.empty()) return out;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return out;
  Reader reader(at, out);
  std::vector<char> buffer(1 << 16);
  std::size_t n;
  while (!reader.done() && (n = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0)
    reader.feed(buffer.data(), n);
  reader.end_of_file();
  return out;
}

}  // namespace syncfeed::lint
