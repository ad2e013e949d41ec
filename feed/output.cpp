#include "feed/output.h"

#include <fmt/format.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace syncfeed {

void FileOutput::write(std::string_view bytes) {
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) failed_ = true;
}

namespace {

// Where writing `path` must go: the file at the end of its chain of symbolic
// links (which need not exist yet), or `path` itself. A loop of links is left
// to fail where it would have without this.
std::string final_target(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path at(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(at, ec))) return at.string();
    const fs::path next = fs::read_symlink(at, ec);
    if (ec) return at.string();
    at = next.is_absolute() ? next : at.parent_path() / next;
  }
  return path;
}

// `path` names something that is not a file and cannot be replaced: a device
// (/dev/null, /dev/stdout) or a named pipe. Renaming over it would turn it
// into a plain file (for root, /dev/null itself), so it is written directly.
bool is_special(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

}  // namespace

// A special file is judged through its links first: /dev/stdout leads to
// /proc/self/fd/1, whose link text ("pipe:[...]") names no path.
AtomicFile::AtomicFile(std::string path) : path_(is_special(path) ? path : final_target(path)) {
  if (is_special(path_)) {
    open_special();
    return;
  }
  const std::filesystem::path target(path_);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".syncfeed-XXXXXX")).string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    fail(fmt::format("cannot create a temporary file beside {}: {}", path_, std::strerror(errno)));
    return;
  }
  temp_path_ = pattern;
  // Keep the permissions of the file being replaced; a new file gets the usual 0666 & ~umask.
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0) {
    ::fchmod(fd, st.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    ::close(fd);
    fail(fmt::format("cannot write {}: {}", temp_path_, std::strerror(errno)));
  }
}

// Nothing to make atomic: the bytes go straight where they are sent, as a
// shell's `>` would send them.
void AtomicFile::open_special() {
  const int fd = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
  file_ = fd < 0 ? nullptr : ::fdopen(fd, "wb");
  if (!file_) {
    if (fd >= 0) ::close(fd);
    fail(fmt::format("cannot write {}: {}", path_, std::strerror(errno)));
  }
}

AtomicFile::~AtomicFile() {
  if (file_) std::fclose(file_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

void AtomicFile::fail(std::string what) {
  if (!failed_) error_ = std::move(what);
  failed_ = true;
}

void AtomicFile::write(std::string_view bytes) {
  if (!file_ || failed_ || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    fail(fmt::format("cannot write {}: {}", temp_path_.empty() ? path_ : temp_path_, std::strerror(errno)));
}

bool AtomicFile::commit() {
  if (!file_ || failed_) return false;
  if (temp_path_.empty()) return commit_special();
  const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    fail(fmt::format("cannot write {}: {}", temp_path_, std::strerror(errno)));
    return false;
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    fail(fmt::format("cannot replace {}: {}", path_, std::strerror(errno)));
    return false;
  }
  temp_path_.clear();
  // The rename itself is made durable by syncing the folder.
  const std::filesystem::path target(path_);
  const std::string folder = target.has_parent_path() ? target.parent_path().string() : ".";
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

bool AtomicFile::commit_special() {
  const bool written = std::fflush(file_) == 0;
  const int flush_errno = errno;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (written && closed) return true;
  fail(fmt::format("cannot write {}: {}", path_, std::strerror(written ? errno : flush_errno)));
  return false;
}

}  // namespace syncfeed
