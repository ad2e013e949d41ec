// Where written XML goes: a file (buffered), a string, or a file that
// replaces another atomically.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace syncfeed {

class Output {
 public:
  virtual ~Output() = default;
  virtual void write(std::string_view bytes) = 0;
};

class StringOutput final : public Output {
 public:
  void write(std::string_view bytes) override { text.append(bytes); }
  std::string text;
};

// Writes to an open FILE* (stdout, say); does not close it.
class FileOutput final : public Output {
 public:
  explicit FileOutput(std::FILE* file) : file_(file) {}
  void write(std::string_view bytes) override;
  bool failed() const { return failed_; }

 private:
  std::FILE* file_;
  bool failed_ = false;
};

// Collects small pieces of output (a key, a number, an escaped value) in
// memory and hands them to an Output in blocks of about 64 KiB: one virtual
// write per block instead of one per piece. The report writers stream through
// it, so memory stays one block whatever the report's size. flush() (or the
// destructor) hands over the rest.
class OutputBuffer {
 public:
  explicit OutputBuffer(Output& out) : out_(out) { text_.reserve(kBlock + kBlock / 4); }
  ~OutputBuffer() { flush(); }
  OutputBuffer(const OutputBuffer&) = delete;
  OutputBuffer& operator=(const OutputBuffer&) = delete;

  // Where to append; call block_done() after appending a piece.
  std::string& text() { return text_; }
  void block_done() {
    if (text_.size() >= kBlock) flush();
  }
  void flush() {
    if (text_.empty()) return;
    out_.write(text_);
    text_.clear();
  }

 private:
  static constexpr std::size_t kBlock = 64 * 1024;
  Output& out_;
  std::string text_;
};

// Replaces `path` atomically: everything goes to a temporary file in the same
// folder, which commit() flushes, fsyncs and renames over `path`. Without a
// commit (an error, an exception, a signal) the temporary file is removed and
// `path` is untouched: a reader of `path` sees the old file or the new one,
// never a part. When `path` is a symbolic link, the file it leads to is
// replaced (the temporary file is made beside it) and the link stays a link:
// renaming over the link would turn it into a copy and leave the target as it was.
// A device or a named pipe (`-o /dev/null`) is not a file to replace: it is
// written directly, and nothing can be taken back there.
class AtomicFile final : public Output {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile() override;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return file_ != nullptr && !failed_; }
  const std::string& error() const { return error_; }
  void write(std::string_view bytes) override;
  bool commit();  // false (with error()) when anything failed

 private:
  void fail(std::string what);
  void open_special();
  bool commit_special();
  std::string path_;
  std::string temp_path_;
  std::FILE* file_ = nullptr;
  bool failed_ = false;
  std::string error_;
};

}  // namespace syncfeed
