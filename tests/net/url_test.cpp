// Which names are URLs, and how a URL is shown: its password masked.
#include <catch2/catch.hpp>

#include "net/url.h"

using namespace syncfeed::net;

TEST_CASE("http, https, ftp and ftps URLs are downloaded; other schemes are not files either") {
  for (const char* url : {"http://example.com/feed.xml", "https://example.com/feed.xml", "ftp://example.com/f.xml",
                          "ftps://example.com/f.xml", "HTTPS://EXAMPLE.COM/FEED.XML"}) {
    CAPTURE(url);
    CHECK(is_url(url));
    CHECK_FALSE(has_other_scheme(url));
  }
  for (const char* name : {"feed.xml", "-", "feeds/http/feed.xml", "http:feed.xml", "./http://x", "C:\\feed.xml"}) {
    CAPTURE(name);
    CHECK_FALSE(is_url(name));
    CHECK_FALSE(has_other_scheme(name));
  }
  for (const char* other : {"file:///etc/passwd", "sftp://host/feed.xml", "gopher://host/", "scp://h/f"}) {
    CAPTURE(other);
    CHECK_FALSE(is_url(other));
    CHECK(has_other_scheme(other));
  }
}

TEST_CASE("a URL's password is masked wherever it is shown") {
  CHECK(masked_url("https://shop:s3cret@example.com/feed.xml") == "https://shop:***@example.com/feed.xml");
  CHECK(masked_url("ftp://user:p@ss:w@rd@ftp.example.com:21/f.xml") == "ftp://user:***@ftp.example.com:21/f.xml");
  CHECK(masked_url("https://shop:@example.com/") == "https://shop:***@example.com/");
  // A user name alone, or an '@' after the host, is no password.
  CHECK(masked_url("https://shop@example.com/feed.xml") == "https://shop@example.com/feed.xml");
  CHECK(masked_url("https://example.com/feed.xml?mail=a@b.ro") == "https://example.com/feed.xml?mail=a@b.ro");
  CHECK(masked_url("https://example.com/a:b@c") == "https://example.com/a:b@c");
  CHECK(masked_url("feed.xml") == "feed.xml");
}
