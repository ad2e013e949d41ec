// feed/batch_pipe.h: items reach the consuming thread whole, in order, with
// at most a few batches waiting; the consumer's exception comes back to the
// producer; a pipe dropped without close() stops its thread.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "feed/batch_pipe.h"

using namespace syncfeed;

TEST_CASE("BatchPipe: every item, in order, moved (never copied)", "[batch_pipe]") {
  for (const int count : {0, 1, 7, 8, 9, 1000}) {
    std::vector<int> seen;
    std::thread::id consumer;
    BatchPipe<std::unique_ptr<int>> pipe(
        [&](std::unique_ptr<int>& item) {
          seen.push_back(*item);
          consumer = std::this_thread::get_id();
        },
        8, 2);
    for (int i = 0; i < count; ++i) pipe.push(std::make_unique<int>(i));
    pipe.close();
    REQUIRE(seen.size() == static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i);
    if (count > 0) CHECK(consumer != std::this_thread::get_id());
  }
}

TEST_CASE("BatchPipe: a slow consumer holds the producer back (memory stays a few batches)", "[batch_pipe]") {
  std::atomic<int> consumed = 0, pushed = 0, most_ahead = 0;
  BatchPipe<std::string> pipe(
      [&](std::string&) {
        std::this_thread::sleep_for(std::chrono::microseconds(50));
        ++consumed;
      },
      4, 2);
  for (int i = 0; i < 200; ++i) {
    pipe.push(std::string(100, 'x'));
    ++pushed;
    most_ahead = std::max(most_ahead.load(), pushed - consumed);
  }
  pipe.close();
  CHECK(consumed == 200);
  // Waiting: two full batches, the one being consumed, the one being filled.
  CHECK(most_ahead <= 4 * 4);
}

TEST_CASE("BatchPipe: the consumer's exception is rethrown to the producer, once", "[batch_pipe]") {
  int consumed = 0;
  auto consume = [&](int& item) {
    if (item == 20) throw std::runtime_error("cannot write");
    ++consumed;
  };
  SECTION("by a later push") {
    BatchPipe<int> pipe(consume, 4, 2);
    bool thrown = false;
    for (int i = 0; i < 10000 && !thrown; ++i) {
      try {
        pipe.push(int(i));
      } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "cannot write");
        thrown = true;
      }
    }
    CHECK(thrown);
    for (int i = 0; i < 100; ++i) pipe.push(int(i));  // dropped: nobody consumes any more
    CHECK_NOTHROW(pipe.close());
  }
  SECTION("by close, when no push came after it") {
    BatchPipe<int> pipe(consume, 64, 2);
    for (int i = 0; i < 30; ++i) pipe.push(int(i));  // all in one batch, handed over by close
    CHECK_THROWS_WITH(pipe.close(), "cannot write");
  }
  CHECK(consumed == 20);
}

TEST_CASE("BatchPipe: dropped without close, its thread ends", "[batch_pipe]") {
  std::atomic<int> consumed = 0;
  {
    BatchPipe<int> pipe(
        [&](int&) {
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
          ++consumed;
        },
        2, 1);
    for (int i = 0; i < 10; ++i) pipe.push(int(i));
  }  // joins: a thread left running would end the test binary (std::terminate)
  CHECK(consumed <= 10);
}
