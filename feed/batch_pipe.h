// Hands items from the thread that makes them to a second thread that
// consumes them, in order, so that writing a report overlaps with reading the
// feed: `plan --format json` serializes its actions there while the reader and
// the simulator go on (docs/design.md, "Output on a second thread").
//
// Items travel in batches (one lock and one wake-up per batch, not per item),
// and at most `max_batches` full batches wait: when the consumer falls behind,
// push() waits for it, so memory stays a few batches whatever the input's
// size. The items are moved, never copied. A consumed batch comes back to the
// producer, which destroys its items when it reuses the batch: memory is
// freed by the thread that allocated it, as without the pipe (a free from
// another thread costs the allocator an atomic operation).
//
// An exception thrown by the consumer ends the consuming: the next push()
// rethrows it on the producer's thread (as if the consumer had been called
// there), or close() does, when no push() came after it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace syncfeed {

template <class T>
class BatchPipe {
 public:
  using Consumer = std::function<void(T&)>;

  // Starts the consuming thread; `consume` is called on it for every item, in order.
  explicit BatchPipe(Consumer consume, std::size_t batch_size = 256, std::size_t max_batches = 4)
      : consume_(std::move(consume)), batch_size_(batch_size), max_batches_(max_batches) {
    filling_.reserve(batch_size_);
    thread_ = std::thread([this] { consume_all(); });
  }

  // Without close() (an exception on the producer's side): the items not yet
  // consumed are dropped, and the thread is joined.
  ~BatchPipe() {
    {
      std::lock_guard lock(mutex_);
      abandoned_ = true;
      closed_ = true;
    }
    changed_.notify_all();
    if (thread_.joinable()) thread_.join();
  }
  BatchPipe(const BatchPipe&) = delete;
  BatchPipe& operator=(const BatchPipe&) = delete;

  void push(T&& item) {
    filling_.push_back(std::move(item));
    if (filling_.size() >= batch_size_) hand_over();
  }

  // Hands over the last batch and waits until every item is consumed. Rethrows
  // the consumer's exception, if push() has not.
  void close() {
    if (!filling_.empty()) hand_over();
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    changed_.notify_all();
    thread_.join();
    rethrow_failure();
  }

 private:
  void hand_over() {
    std::vector<T> batch = std::move(filling_);
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return full_.size() < max_batches_ || failure_; });
      if (failure_) {  // nobody consumes any more: the batch is dropped
        rethrow_failure();
        return;
      }
      full_.push_back(std::move(batch));
      if (!spare_.empty()) {
        filling_ = std::move(spare_.back());
        spare_.pop_back();
      }
    }
    changed_.notify_all();
    filling_.clear();  // moved from (empty), or a spare: its consumed items are destroyed here
    filling_.reserve(batch_size_);
  }

  // Called with the mutex held, or after the thread ended.
  void rethrow_failure() {
    if (failure_ && !failure_reported_) {
      failure_reported_ = true;
      std::rethrow_exception(failure_);
    }
  }

  void consume_all() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return !full_.empty() || closed_; });
      if (abandoned_ || full_.empty()) return;
      std::vector<T> batch = std::move(full_.front());
      full_.pop_front();
      lock.unlock();
      changed_.notify_all();  // a producer waiting for room
      std::exception_ptr failure;
      try {
        for (T& item : batch) consume_(item);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      if (failure) {
        failure_ = failure;
        changed_.notify_all();
        return;
      }
      spare_.push_back(std::move(batch));
    }
  }

  Consumer consume_;
  const std::size_t batch_size_;
  const std::size_t max_batches_;
  std::vector<T> filling_;  // the producer's own

  std::mutex mutex_;
  std::condition_variable changed_;  // a batch came or went, or the pipe closed or failed
  std::deque<std::vector<T>> full_;
  std::vector<std::vector<T>> spare_;  // consumed batches, for the producer to empty and fill again
  bool closed_ = false;
  bool abandoned_ = false;
  std::exception_ptr failure_;
  bool failure_reported_ = false;
  std::thread thread_;  // last: started once everything above is ready
};

}  // namespace syncfeed
