// The one escaping function every page value goes through.
#include <catch2/catch.hpp>

#include "serve/html.h"

using syncfeed::serve::html::escape;

TEST_CASE("html::escape: markup in a value is shown as text", "[serve][html]") {
  CHECK(escape("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  CHECK(escape("Tom & Jerry's") == "Tom &amp; Jerry&#39;s");
  CHECK(escape("\" onmouseover='x'") == "&quot; onmouseover=&#39;x&#39;");
  CHECK(escape("&amp;") == "&amp;amp;");  // escaped once more: the value is shown as it is
  CHECK(escape("Cană ceramică") == "Cană ceramică");
  CHECK(escape("") == "");
}
