// The part plan's pass as it was before it looked at sixteen bytes at a time
// (commit 5c5fe3e, eight bytes at a time), kept unchanged but for its name as
// the oracle of part_plan_test.cpp: the pass of feed/reader/part_plan.cpp must
// make the same cuts and the same refusals, for the same reasons. The UTF-8
// validator it used (feed/utf8_validator.h, since given an ASCII fast path
// with SSE2) is copied here too.
#include "part_plan_reference.h"

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

#include "feed/reader/encoding.h"

namespace syncfeed::test {
namespace {

class Utf8Validator {  // feed/utf8_validator.h as it was then
 public:
  // Validates the next `n` bytes; false once any byte so far was invalid.
  bool feed(const unsigned char* data, std::size_t n) {
    if (invalid_) return false;
    std::size_t i = 0;
    while (i < n) {
      if (pending_ == 0) {
        i = skip_ascii(data, i, n);
        if (i == n) break;
        if (!start(data[i++])) return invalid_ = true, false;
      } else {
        const unsigned char b = data[i++];
        if (b < low_ || b > high_) return invalid_ = true, false;
        low_ = 0x80;
        high_ = 0xBF;
        --pending_;
      }
    }
    return true;
  }
  bool valid() const { return !invalid_; }
  // Inside a multi-byte sequence: the last byte fed was not the end of a character.
  bool mid_sequence() const { return pending_ > 0; }

 private:
  // Past the ASCII bytes from `i`, eight at a time where it can.
  static std::size_t skip_ascii(const unsigned char* data, std::size_t i, std::size_t n) {
    for (; i + 8 <= n; i += 8) {
      std::uint64_t word;
      std::memcpy(&word, data + i, 8);
      if (word & 0x8080808080808080ull) break;
    }
    while (i < n && data[i] < 0x80) ++i;
    return i;
  }

  // A lead byte: how many continuation bytes follow, and the range of the first.
  bool start(unsigned char b) {
    if (b < 0xC2) return false;  // a continuation byte, or an overlong two-byte form
    if (b < 0xE0) return expect(1, 0x80, 0xBF);
    if (b < 0xF0) return expect(2, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);  // no overlong, no surrogate
    if (b < 0xF5) return expect(3, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);  // up to U+10FFFF
    return false;
  }
  bool expect(int pending, unsigned char low, unsigned char high) {
    pending_ = pending;
    low_ = low;
    high_ = high;
    return true;
  }

  int pending_ = 0;           // continuation bytes still expected
  unsigned char low_ = 0x80;  // the range of the next one
  unsigned char high_ = 0xBF;
  bool invalid_ = false;
};

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

// Eight bytes at a time: 0x80 in each byte of `word` that equals `byte`, and
// only there (a zero byte of word ^ byte is the one whose low seven bits do
// not carry into its top bit when 0x7F is added, and whose top bit is clear).
inline std::uint64_t bytes_equal(std::uint64_t word, char byte) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t x = word ^ (0x0101010101010101ull * static_cast<unsigned char>(byte));
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}
inline std::uint64_t load8(const char* at) {
  std::uint64_t word;
  std::memcpy(&word, at, 8);
  return word;
}
inline std::size_t first_marked(std::uint64_t mask) {
  if constexpr (std::endian::native == std::endian::little) return static_cast<std::size_t>(std::countr_zero(mask)) / 8;
  return static_cast<std::size_t>(std::countl_zero(mask)) / 8;
}

// The first of `a`, `b` or `c` in data[i, size), or size. The plan's hot
// loop: the text and tags it skips are mostly shorter than a call to memchr
// pays for, so eight bytes are looked at a time, inline.
inline std::size_t find_any(const char* data, std::size_t i, std::size_t size, char a, char b, char c) {
  for (; i + 8 <= size; i += 8) {
    const std::uint64_t word = load8(data + i);
    const std::uint64_t mask = bytes_equal(word, a) | bytes_equal(word, b) | bytes_equal(word, c);
    if (mask) return i + first_marked(mask);
  }
  for (; i < size; ++i)
    if (data[i] == a || data[i] == b || data[i] == c) return i;
  return size;
}
inline std::size_t find_byte(const char* data, std::size_t i, std::size_t size, char a) {
  return find_any(data, i, size, a, a, a);
}

// The element name of a start or end tag, from just after `<` or `</`.
std::string_view tag_name(std::string_view tag) {
  std::size_t n = 0;
  while (n < tag.size() && !is_space(tag[n]) && tag[n] != '>' && tag[n] != '/') ++n;
  return tag.substr(0, n);
}

}  // namespace

// The plan's pass, resumable: advance() reads on from where it stopped.
class ReferencePass {
 public:
  ReferencePass(std::FILE* file, std::uint64_t part_bytes) : file_(file), window_(file), part_bytes_(part_bytes) {}
  ~ReferencePass() {
    if (file_) std::fclose(file_);
  }

  bool finished() const { return finished_; }
  const PartPlan& plan() const { return plan_; }
  std::uint64_t planned() const { return window_.offset_of(i_); }

  void advance(std::uint64_t until) {
    if (finished_) return;
    if (!started_ && !start()) return;
    while (window_.offset_of(i_) < until) {
      i_ = find_byte(window_.data(), i_, window_.size(), '<');
      if (i_ == window_.size()) {
        if (!slide(window_.size())) return finish();
        continue;
      }
      std::size_t end = 0;
      if (!markup_end(i_, end)) {
        if (!plan_.serial_because.empty()) return serial(std::move(plan_.serial_because));
        if (window_.size() - i_ > kMaxPlannedMarkup) return serial("a markup is too long to plan parts around it");
        if (!slide(i_)) return serial(window_.utf8() ? "markup does not end" : "a byte is not UTF-8");
        continue;
      }
      if (!plan_.serial_because.empty()) return serial(std::move(plan_.serial_because));
      if (end - i_ > kMaxPlannedMarkup) return serial("a markup is too long to plan parts around it");
      i_ = end;
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

  // Reads the markup at `i` (a '<'): sets `end` just past it and returns
  // true, or false when it does not end within the window (or the plan gave up).
  bool markup_end(std::size_t i, std::size_t& end) {
    const std::string_view rest(window_.data() + i, window_.size() - i);
    if (rest.size() < 2) return false;
    if (rest[1] == '!') {
      if (rest.size() < 9) return false;
      if (rest.substr(0, 4) == "<!--") return skip_to(rest, "-->", 4, i, end, true);
      if (rest.substr(0, 9) == "<![CDATA[") return skip_to(rest, "]]>", 9, i, end, false);
      return give_up("a DOCTYPE or other declaration");
    }
    if (rest[1] == '?') {
      if (!skip_to(rest, "?>", 2, i, end, false)) return false;
      if (window_.offset_of(i) <= 3 && rest.substr(0, 5) == "<?xml" && is_space(rest[5]))
        return xml_declaration(rest.substr(0, end - i));
      return true;
    }
    if (rest[1] == '/') {
      const std::size_t close = find_byte(rest.data(), 2, rest.size(), '>');
      if (close == rest.size()) return false;
      end = i + close + 1;
      end_tag(rest.substr(2, close - 2), window_.offset_of(end));
      return true;
    }
    return start_tag(rest, i, end);
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

  // A start tag, its attribute values skipped whole (a '>' may stand in them).
  bool start_tag(std::string_view rest, std::size_t i, std::size_t& end) {
    std::size_t at = 1;
    while (true) {
      at = find_any(rest.data(), at, rest.size(), '>', '"', '\'');
      if (at == rest.size() || rest[at] == '>') break;
      at = find_byte(rest.data(), at + 1, rest.size(), rest[at]);  // the closing quote
      if (at == rest.size()) break;
      ++at;
    }
    if (at >= rest.size()) return false;
    end = i + at + 1;
    const bool empty = rest[at - 1] == '/';
    if (depth_ == 0) {
      if (after_root_) return true;  // not well-formed; the parser says so in the last part
      if (tag_name(rest.substr(1)) != "Projects") return give_up("the root is not <Projects>");
      if (empty) return give_up("the root is empty");
    }
    if (!empty) ++depth_;
    return true;
  }

  // `tag`: what stands between `</` and `>`; its name is read only where a record may end.
  void end_tag(std::string_view tag, std::uint64_t after) {
    if (depth_ == 0) return;  // not well-formed: the part holding it reports it
    --depth_;
    if (depth_ == 0) after_root_ = true;
    if (depth_ != 1 || tag_name(tag) != "Project") return;
    if (after - last_cut_ > kMaxPartBytes) return void(give_up("a part would be longer than kMaxPartBytes"));
    // A directive comment in a record may wait for the element after it (one
    // after the last start tag, or one on an element the model drops), which
    // would stand in the next part: no cut after a record that holds a comment.
    if (!comment_in_record_ && after - last_cut_ >= part_bytes_) {
      plan_.cuts.push_back(after);
      last_cut_ = after;
    }
    comment_in_record_ = false;
  }

  bool give_up(std::string why) {
    plan_.serial_because = std::move(why);
    return false;
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

PartPlan reference_plan_parts(const std::string& path, std::uint64_t part_bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return PartPlan{{}, "the file could not be opened", 0};
  ReferencePass pass(file, part_bytes);
  while (!pass.finished()) pass.advance(std::numeric_limits<std::uint64_t>::max());
  return pass.plan();
}

}  // namespace syncfeed::test
