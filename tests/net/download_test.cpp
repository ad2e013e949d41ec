// net::Download on its own: the body as sent, in blocks however the reader
// pulls them; the size announced for a progress bar only when it is the
// size the reader will count.
#include <catch2/catch.hpp>

#include <optional>

#include "net/download.h"
#include "served_feeds.h"
#include "support/run_syncfeed.h"

using namespace syncfeed::test;
using syncfeed::net::Download;
using syncfeed::net::DownloadOptions;

namespace {

struct Pulled {
  std::string body;
  std::optional<std::uint64_t> announced;
  std::string error;
};

// The whole body, pulled `block` bytes at a time.
Pulled pull(const std::string& url, std::size_t block, DownloadOptions options = {}) {
  Pulled p;
  options.size_known = [&](std::uint64_t n) { p.announced = n; };
  Download download(url, options);
  std::vector<unsigned char> buffer(block);
  while (const std::size_t n = download.read(buffer.data(), buffer.size()))
    p.body.append(reinterpret_cast<const char*>(buffer.data()), n);
  p.error = download.error();
  return p;
}

}  // namespace

TEST_CASE("a download's body arrives whole, however small the reader's blocks") {
  ServedFeeds s;
  const std::string big = s.file("big.xml");
  REQUIRE(run_syncfeed({"gen", "--seed", "3", "--projects", "3000", "-o", big}).exit_code == 0);
  const std::string expected = read_whole_file(big);
  REQUIRE(expected.size() > (2u << 20));  // more than the buffer held before the transfer pauses
  for (const char* kind : {"files", "gzip", "chunked"}) {
    CAPTURE(kind);
    const Pulled p = pull(s.server.url(std::string(kind) + "/big.xml"), 7);
    CHECK(p.error.empty());
    CHECK(p.body.size() == expected.size());
    CHECK(p.body == expected);
  }
}

TEST_CASE("the size is announced from Content-Length, not for an encoded body or one without a length") {
  ServedFeeds s;
  const auto size = read_whole_file(s.file("mixed.xml")).size();
  CHECK(pull(s.server.url("files/mixed.xml"), 4096).announced == size);
  CHECK_FALSE(pull(s.server.url("gzip/mixed.xml"), 4096).announced);  // Content-Length counts packed bytes
  CHECK_FALSE(pull(s.server.url("chunked/mixed.xml"), 4096).announced);
  CHECK_FALSE(pull(s.server.url("status/404"), 4096).announced);  // an error page is not the feed
}

TEST_CASE("an error page's body never reaches the reader") {
  ServedFeeds s;
  const Pulled p = pull(s.server.url("status/500"), 4096);
  CHECK(p.body.empty());
  CHECK(p.error == "cannot download " + s.server.url("status/500") + ": HTTP 500 Internal Server Error");
}
