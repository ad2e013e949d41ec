// rules/compact_index.h: an id taken with its key (KeyedText) on a part's
// thread is kept and compared on the calling thread as the id alone is.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "rules/compact_index.h"

using namespace syncfeed;

TEST_CASE("IdStore: an id with its key taken is kept and compared as the id alone is") {
  const std::vector<std::string> ids = {
      "7",   "07", "0",  "14353",   "9223372036854775807",  "9223372036854775808", "18446744073709551615",
      "A-7", "",   " 7", "Árvíz-7", std::string(5000, '9'), std::string(5000, 'x')};
  IdStore by_text, by_key;
  std::vector<std::uint64_t> kept_text, kept_key;
  for (const std::string& id : ids) {
    kept_text.push_back(by_text.keep(id));
    kept_key.push_back(by_key.keep(keyed(id)));
  }
  CHECK(kept_key == kept_text);
  for (std::size_t a = 0; a < ids.size(); ++a) {
    CHECK(by_key.text(kept_key[a]) == ids[a]);
    for (std::size_t b = 0; b < ids.size(); ++b) {
      CAPTURE(ids[a], ids[b]);
      CHECK(by_key.equals(kept_key[a], keyed(ids[b])) == (a == b));
      CHECK(by_text.equals(kept_text[a], ids[b]) == (a == b));
    }
  }
}
