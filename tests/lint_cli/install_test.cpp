// Installable where CI runs: `cmake --install` puts the binary, the XSD and
// the docs under a prefix, and `cpack -G DEB` makes a Debian package of them.
#include <catch2/catch.hpp>

#include "cli.h"

using namespace syncfeed::test;

namespace {

// The build folder: the binary under test lives at its top.
std::filesystem::path build_dir() { return std::filesystem::path(SYNCFEED_BINARY).parent_path(); }

Run shell(const std::string& command) {
  TempFolder io;
  const int status =
      std::system((command + " >" + shell_quote((io / "out").string()) + " 2>&1").c_str());
  return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_whole_file(io / "out"), ""};
}

}  // namespace

TEST_CASE("cmake --install puts the binary, the XSD and the docs under the prefix", "[install]") {
  TempFolder prefix;
  const Run install = shell("cmake --install " + shell_quote(build_dir().string()) + " --prefix " +
                            shell_quote((prefix / "").string()));
  INFO(install.out);
  REQUIRE(install.exit_code == 0);
  CHECK(std::filesystem::exists(prefix / "bin/syncfeed"));
  CHECK(read_whole_file(prefix / "share/syncfeed/syncfeed.xsd") == read_whole_file(source_dir() / "xsd/syncfeed.xsd"));
  CHECK(std::filesystem::exists(prefix / "share/doc/syncfeed/lint.md"));
  CHECK(std::filesystem::exists(prefix / "share/doc/syncfeed/rules/README.md"));
  const Run version = shell(shell_quote((prefix / "bin/syncfeed").string()) + " --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("syncfeed ", 0) == 0);
}

TEST_CASE("cpack -G DEB builds a Debian package with the binary, the XSD and the docs", "[install]") {
  TempFolder out;
  const Run cpack = shell("cd " + shell_quote(build_dir().string()) + " && cpack -G DEB -B " +
                          shell_quote((out / "").string()));
  INFO(cpack.out);
  REQUIRE(cpack.exit_code == 0);
  std::filesystem::path deb;
  for (const auto& e : std::filesystem::directory_iterator(out / ""))
    if (e.path().extension() == ".deb") deb = e.path();
  REQUIRE(!deb.empty());
  CHECK(deb.filename().string().rfind("syncfeed_", 0) == 0);
  const Run contents = shell("dpkg-deb --contents " + shell_quote(deb.string()));
  CHECK(contents.out.find("./usr/bin/syncfeed") != std::string::npos);
  CHECK(contents.out.find("./usr/share/syncfeed/syncfeed.xsd") != std::string::npos);
  CHECK(contents.out.find("./usr/share/doc/syncfeed/rules/README.md") != std::string::npos);
  const Run info = shell("dpkg-deb --field " + shell_quote(deb.string()) + " Depends");
  CHECK(info.out.find("libxerces-c3.2") != std::string::npos);
}
