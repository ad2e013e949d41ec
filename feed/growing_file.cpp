#include "feed/growing_file.h"

namespace syncfeed {

void GrowingFile::appended(std::uint64_t n) {
  bool wake;
  {
    std::lock_guard lock(mutex_);
    wake = size_ / kWakeEvery != (size_ + n) / kWakeEvery;
    size_ += n;
  }
  if (wake) changed_.notify_all();
}

void GrowingFile::finish(std::string failure) {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
    failure_ = std::move(failure);
  }
  changed_.notify_all();
}

std::uint64_t GrowingFile::wait_beyond(std::uint64_t offset) const {
  std::unique_lock lock(mutex_);
  while (size_ <= offset && !finished_) changed_.wait_for(lock, kLookAgain);
  return size_;
}

std::uint64_t GrowingFile::size() const {
  std::lock_guard lock(mutex_);
  return size_;
}

bool GrowingFile::finished() const {
  std::lock_guard lock(mutex_);
  return finished_;
}

std::optional<std::string> GrowingFile::failure() const {
  std::lock_guard lock(mutex_);
  if (!finished_ || failure_.empty()) return std::nullopt;
  return failure_;
}

}  // namespace syncfeed
