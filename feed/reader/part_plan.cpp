#include "feed/reader/part_plan.h"

#include <bit>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

#include "feed/reader/byte_search.h"
#include "feed/reader/encoding.h"
#include "feed/utf8_validator.h"

namespace syncfeed {
namespace {

// The file as a window that slides forward: every byte read is checked as UTF-8 once.
class Window {
 public:
  explicit Window(std::FILE* file) : file_(file), buffer_(new char[kCapacity]) {}

  const char* data() const { return buffer_.get(); }
  std::size_t size() const { return size_; }
  std::uint64_t offset_of(std::size_t i) const { return base_ + i; }
  bool at_end() const { return eof_; }
  bool utf8() const { return utf8_.valid() && !utf8_.mid_sequence(); }
  bool utf8_so_far() const { return utf8_.valid(); }
  bool read_failed() const { return failed_; }

  // Drops the bytes before `keep` and reads more after what is left. False at the end of the file.
  bool slide(std::size_t keep) {
    if (eof_) return false;
    std::memmove(buffer_.get(), buffer_.get() + keep, size_ - keep);
    base_ += keep;
    size_ -= keep;
    const std::size_t n = std::fread(buffer_.get() + size_, 1, kCapacity - size_, file_);
    if (n == 0) {
      eof_ = true;
      failed_ = std::ferror(file_) != 0;
      return false;
    }
    utf8_.feed(reinterpret_cast<const unsigned char*>(buffer_.get() + size_), n);
    size_ += n;
    return true;
  }

 private:
  static constexpr std::size_t kCapacity = 1u << 20;  // more than kMaxPlannedMarkup: a whole markup fits
  std::FILE* file_;
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0;
  std::uint64_t base_ = 0;
  bool eof_ = false;
  bool failed_ = false;
  Utf8Validator utf8_;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The value of `name="..."` in an XML declaration, if it has one.
std::string_view pseudo_attribute(std::string_view declaration, std::string_view name) {
  std::size_t at = declaration.find(name);
  if (at == std::string_view::npos) return {};
  at += name.size();
  while (at < declaration.size() && (is_space(declaration[at]) || declaration[at] == '=')) ++at;
  if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\'')) return {};
  const std::size_t end = declaration.find(declaration[at], at + 1);
  if (end == std::string_view::npos) return {};
  return declaration.substr(at + 1, end - at - 1);
}

using byte_search::find_any;
using byte_search::find_byte;

// The element name of a start or end tag, from just after `<` or `</`.
std::string_view tag_name(std::string_view tag) {
  std::size_t n = 0;
  while (n < tag.size() && !is_space(tag[n]) && tag[n] != '>' && tag[n] != '/') ++n;
  return tag.substr(0, n);
}

}  // namespace

// The plan's pass, resumable: advance() reads on from where it stopped.
class PartPlanner::Pass {
 public:
  Pass(std::FILE* file, std::uint64_t part_bytes) : file_(file), window_(file), part_bytes_(part_bytes) {}
  ~Pass() {
    if (file_) std::fclose(file_);
  }

  bool finished() const { return finished_; }
  const PartPlan& plan() const { return plan_; }
  std::uint64_t planned() const { return window_.offset_of(i_); }

  void advance(std::uint64_t until) {
    if (finished_) return;
    if (!started_ && !start()) return;
    const char* const data = window_.data();  // the window's buffer stays where it is
    while (window_.offset_of(i_) < until) {
      const std::size_t size = window_.size();
      const std::size_t stop = until - window_.offset_of(0);  // `until` in the window, while it stays
      while (i_ < stop) {
        // Most text and the tag after it are read at once (Marks); what is
        // not, and the window's last bytes, are read the long way.
        if (i_ + 32 <= size) {
          const byte_search::Marks marks = byte_search::mark32(data + i_);
          if (!marks.open) {  // text
            i_ += 32;
            continue;
          }
          const std::size_t lt = i_ + static_cast<std::size_t>(std::countr_zero(marks.open));
          if (const std::size_t end = tag_end(data, lt, marks.close >> (lt - i_))) {
            if (end == kGaveUp) return;
            i_ = end;
            continue;
          }
          i_ = lt;
        } else {
          i_ = find_byte(data, i_, size, '<');
          if (i_ == size) {
            if (!slide(size)) return finish();
            break;
          }
        }
        const std::size_t end = markup_end(data, i_, size);
        if (end == kNotInWindow) {
          if (!read_on_for_markup()) return;
          break;
        }
        if (end - i_ > kMaxPlannedMarkup) return serial("a markup is too long to plan parts around it");
        i_ = end;
      }
    }
  }

 private:
  bool start() {
    started_ = true;
    window_.slide(0);
    const std::string_view head(window_.data(), std::min<std::size_t>(window_.size(), 4));
    if (!is_utf8(encoding_of_first_bytes(head))) return serial("the file is not in UTF-8"), false;
    if (!window_.utf8_so_far()) return serial("a byte is not UTF-8"), false;
    return true;
  }

  // Drops the window's bytes before `keep` and reads on; false at the end
  // of the file. A byte that is not UTF-8 ends the plan as soon as it is read.
  bool slide(std::size_t keep) {
    const bool more = window_.slide(keep);
    i_ = 0;
    if (more && !window_.utf8_so_far()) {
      serial("a byte is not UTF-8");
      return false;
    }
    return more;
  }

  void finish() {
    if (finished_) return;
    plan_.size = window_.offset_of(window_.size());
    if (window_.read_failed()) return serial("the file could not be read");
    if (!plan_.cuts.empty() && plan_.cuts.back() >= plan_.size) plan_.cuts.pop_back();
    if (plan_.size - last_cut_ > kMaxPartBytes) return serial("the last part would be longer than kMaxPartBytes");
    if (!window_.utf8()) return serial("a byte is not UTF-8");
    if (plan_.cuts.empty()) return serial("one part only");
    i_ = window_.size();
    finished_ = true;
  }

  // The markup at `i_` does not end within the window: slides the window to
  // it and reads on, unless the plan gave up (false).
  bool read_on_for_markup() {
    if (finished_) return false;
    if (window_.size() - i_ > kMaxPlannedMarkup) return serial("a markup is too long to plan parts around it"), false;
    if (!slide(i_)) return serial(window_.utf8() ? "markup does not end" : "a byte is not UTF-8"), false;
    return true;
  }

  static constexpr std::size_t kNotInWindow = 0;  // no markup ends at 0: it holds its '<'
  static constexpr std::size_t kGaveUp = std::numeric_limits<std::size_t>::max();

  // The common case, read at once: the start or end tag at `lt` holds no
  // attribute value and ends where `close` says (its bits: where '>' and
  // quotes stand from `lt` on, bit 0 `lt` itself). Just past the tag, 0 when
  // it is not the case (the markup is then read the long way), or kGaveUp.
  std::size_t tag_end(const char* data, std::size_t lt, std::uint32_t close) {
    if (!close) return 0;  // it ends past the 32 bytes marked
    const std::size_t at = lt + static_cast<std::size_t>(std::countr_zero(close));
    const char kind = data[lt + 1];
    if (data[at] != '>' || kind == '!' || kind == '?') return 0;
    const std::size_t end = kind == '/' ? end_tag_end(data, lt, at) : opened(data, lt, at);
    return end == kNotInWindow ? kGaveUp : end;
  }

  // Just past the markup at `i` (a '<'), or kNotInWindow when it does not end
  // within the window or the plan gave up (finished_). Tags are nearly all the
  // markup of a feed: they are read here, the rest aside.
  std::size_t markup_end(const char* data, std::size_t i, std::size_t size) {
    if (i + 1 >= size) return kNotInWindow;
    switch (data[i + 1]) {
      case '/': {
        const std::size_t close = find_byte(data, i + 2, size, '>');
        if (close == size) return kNotInWindow;
        return end_tag_end(data, i, close);
      }
      case '!':
      case '?': return declaration_end(i);
      default: return start_tag_end(data, i, size);
    }
  }

  // A comment, CDATA section, processing instruction (the XML declaration
  // among them) or a declaration the plan does not take (a DOCTYPE).
  std::size_t declaration_end(std::size_t i) {
    const std::string_view rest(window_.data() + i, window_.size() - i);
    std::size_t end = kNotInWindow;
    if (rest[1] == '!') {
      if (rest.size() < 9) return kNotInWindow;
      if (rest.substr(0, 4) == "<!--") return skip_to(rest, "-->", 4, i, end, true) ? end : kNotInWindow;
      if (rest.substr(0, 9) == "<![CDATA[") return skip_to(rest, "]]>", 9, i, end, false) ? end : kNotInWindow;
      return give_up("a DOCTYPE or other declaration");
    }
    if (!skip_to(rest, "?>", 2, i, end, false)) return kNotInWindow;
    if (window_.offset_of(i) <= 3 && rest.substr(0, 5) == "<?xml" && is_space(rest[5]))
      return xml_declaration(rest.substr(0, end - i)) ? end : kNotInWindow;
    return end;
  }

  bool skip_to(std::string_view rest, std::string_view terminator, std::size_t from, std::size_t i, std::size_t& end,
               bool comment) {
    const std::size_t at = rest.find(terminator, from);
    if (at == std::string_view::npos) return false;
    end = i + at + terminator.size();
    if (comment) comment_in_record_ = true;
    return true;
  }

  bool xml_declaration(std::string_view declaration) {
    if (pseudo_attribute(declaration, "version") != "1.0") return give_up("the XML declaration is not version 1.0");
    const std::string_view encoding = pseudo_attribute(declaration, "encoding");
    if (!encoding.empty() && !is_utf8(encoding)) return give_up("the declared encoding is not UTF-8");
    return true;
  }

  // Just past the start tag at `i`, its attribute values skipped whole (a '>' may stand in them).
  std::size_t start_tag_end(const char* data, std::size_t i, std::size_t size) {
    const std::size_t at = find_any(data, i + 1, size, '>', '"', '\'');
    if (at == size || data[at] != '>') return quoted_start_tag_end(data, i, at, size);
    return opened(data, i, at);
  }
  // A start tag with attribute values (one in ten in a feed): `at` is its
  // first quote, or size. Out of line, as the other rare paths (noinline):
  // inlined, they cost the loop of every markup registers and instructions.
  [[gnu::noinline]] std::size_t quoted_start_tag_end(const char* data, std::size_t i, std::size_t at,
                                                     std::size_t size) {
    while (at < size && data[at] != '>') {
      const std::size_t quote = find_byte(data, at + 1, size, data[at]);  // the closing one
      if (quote == size) return kNotInWindow;
      at = find_any(data, quote + 1, size, '>', '"', '\'');
    }
    if (at == size) return kNotInWindow;
    return opened(data, i, at);
  }
  // The start tag at `i` ends at `close` (its '>'): one level deeper, unless it is empty.
  std::size_t opened(const char* data, std::size_t i, std::size_t close) {
    const bool empty = data[close - 1] == '/';
    if (depth_ == 0)
      return root_start_tag(std::string_view(data + i + 1, close - i - 1), empty) ? close + 1 : kNotInWindow;
    depth_ += empty ? 0 : 1;
    return close + 1;
  }
  // A start tag outside the root: the root's, or one after it. False when the plan gave up.
  [[gnu::noinline]] bool root_start_tag(std::string_view tag, bool empty) {
    if (after_root_) return true;  // not well-formed; the parser says so in the last part
    if (tag_name(tag) != "Projects") return give_up("the root is not <Projects>");
    if (empty) return give_up("the root is empty");
    ++depth_;
    return true;
  }

  // Just past the end tag at `i`, which ends at `close` (its '>'); its name
  // is read only where a record may end.
  std::size_t end_tag_end(const char* data, std::size_t i, std::size_t close) {
    if (depth_ == 2)
      return record_end(std::string_view(data + i + 2, close - i - 2), close + 1) ? close + 1 : kNotInWindow;
    if (depth_ == 0) return close + 1;  // not well-formed: the part holding it reports it
    if (--depth_ == 0) after_root_ = true;
    return close + 1;
  }
  // An end tag directly in the root, just before `after`: a cut, if it is a
  // record's. False when the plan gave up.
  [[gnu::noinline]] bool record_end(std::string_view tag, std::size_t after_in_window) {
    depth_ = 1;
    if (tag_name(tag) != "Project") return true;
    const std::uint64_t after = window_.offset_of(after_in_window);
    if (after - last_cut_ > kMaxPartBytes) return give_up("a part would be longer than kMaxPartBytes");
    // A directive comment in a record may wait for the element after it (one
    // after the last start tag, or one on an element the model drops), which
    // would stand in the next part: no cut after a record that holds a comment.
    if (!comment_in_record_ && after - last_cut_ >= part_bytes_) {
      plan_.cuts.push_back(after);
      last_cut_ = after;
    }
    comment_in_record_ = false;
    return true;
  }

  // The plan gives up: the file is read in one piece. Returns kNotInWindow
  // (false), as the markup's readers do then.
  std::size_t give_up(std::string why) {
    serial(std::move(why));
    return kNotInWindow;
  }
  // The plan ends: the file is read in one piece.
  void serial(std::string why) {
    plan_.cuts.clear();
    plan_.serial_because = std::move(why);
    finished_ = true;
  }

  std::FILE* file_;
  Window window_;
  std::uint64_t part_bytes_;
  PartPlan plan_;
  std::size_t i_ = 0;  // in the window: what is before it is planned
  bool started_ = false, finished_ = false;
  std::uint32_t depth_ = 0;
  bool after_root_ = false;
  bool comment_in_record_ = false;  // since the last </Project> in <Projects>
  std::uint64_t last_cut_ = 0;
};

PartPlanner::PartPlanner(const std::string& path, std::uint64_t part_bytes) {
  if (std::FILE* file = std::fopen(path.c_str(), "rb")) {
    pass_ = std::make_unique<Pass>(file, part_bytes);
  } else {
    opened_ = false;
  }
}
PartPlanner::~PartPlanner() = default;

void PartPlanner::advance(std::uint64_t until) {
  if (pass_) pass_->advance(until);
}
bool PartPlanner::finished() const { return !pass_ || pass_->finished(); }
std::uint64_t PartPlanner::planned() const { return pass_ ? pass_->planned() : 0; }
const PartPlan& PartPlanner::plan() const {
  static const PartPlan unopened{{}, "the file could not be opened", 0};
  return pass_ ? pass_->plan() : unopened;
}
std::size_t PartPlanner::ready_cuts() const {
  if (!pass_ || !pass_->plan().serial_because.empty()) return 0;
  const std::vector<std::uint64_t>& cuts = pass_->plan().cuts;
  if (pass_->finished()) return cuts.size();
  // A cut where the pass stands may still be dropped (the end of the file).
  const std::uint64_t planned = pass_->planned();
  std::size_t n = cuts.size();
  while (n > 0 && cuts[n - 1] >= planned) --n;
  return n;
}

PartPlan plan_parts(const std::string& path, std::uint64_t part_bytes) {
  PartPlanner planner(path, part_bytes);
  while (!planner.finished()) planner.advance(std::numeric_limits<std::uint64_t>::max());
  return planner.plan();
}

}  // namespace syncfeed
