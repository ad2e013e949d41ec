// Installable where CI runs: `cmake --install` puts the command, its manual
// page, the XSD, the docs and the C++ library under a prefix, and
// `cpack -G DEB` makes two Debian packages of them, syncfeed and
// libsyncfeed-dev. (lintian's verdict on the packages: scripts/package, the
// ctest package_lintian.)
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "support/run_syncfeed.h"

using namespace syncfeed::test;

namespace {

// The build folder: the binary under test lives at its top.
std::filesystem::path build_dir() { return std::filesystem::path(syncfeed_binary()).parent_path(); }

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// A command line of the packaging tools, run by sh: its exit code, and everything it printed in `out`.
ProcessResult shell(const std::string& command) { return run_process({"sh", "-c", command + " 2>&1"}); }

std::string trimmed(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Debian's folder for this machine's libraries: x86_64-linux-gnu on amd64.
std::string multiarch() { return trimmed(shell("dpkg-architecture -qDEB_HOST_MULTIARCH").out); }

// One `cmake --install` of this build, for the test cases that read it.
struct Installed {
  TempFolder prefix;
  ProcessResult install;
  Installed() {
    install = shell("cmake --install " + shell_quote(build_dir().string()) + " --prefix " +
                    shell_quote((prefix / "").string()));
  }
};
const Installed& installed() {
  static const Installed once;
  return once;
}

// One `cpack -G DEB` of this build, for the test cases that read the packages.
struct Packages {
  TempFolder out;
  ProcessResult cpack;
  std::filesystem::path tool, dev;  // syncfeed_*.deb, libsyncfeed-dev_*.deb
  Packages() {
    cpack =
        shell("cd " + shell_quote(build_dir().string()) + " && cpack -G DEB -B " + shell_quote((out / "").string()));
    for (const auto& e : std::filesystem::directory_iterator(out.path())) {
      const std::string name = e.path().filename().string();
      if (e.path().extension() != ".deb") continue;
      if (name.rfind("syncfeed_", 0) == 0) tool = e.path();
      if (name.rfind("libsyncfeed-dev_", 0) == 0) dev = e.path();
    }
  }
};
const Packages& packages() {
  static const Packages once;
  return once;
}

std::string contents(const std::filesystem::path& deb) {
  return shell("dpkg-deb --contents " + shell_quote(deb.string())).out;
}
std::string field(const std::filesystem::path& deb, const std::string& name) {
  return trimmed(shell("dpkg-deb --field " + shell_quote(deb.string()) + " " + name).out);
}
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The names of the packages a Depends field lists ("a (>= 1), b | c" -> a, b, c).
std::set<std::string> package_names(const std::string& depends) {
  std::set<std::string> names;
  static const std::regex name(R"((^|[,|])\s*([a-z0-9][a-z0-9.+-]+))");
  for (std::sregex_iterator i(depends.begin(), depends.end(), name), end; i != end; ++i) names.insert((*i)[2]);
  return names;
}

// The commands that `syncfeed --help` lists.
std::vector<std::string> commands() {
  std::vector<std::string> names;
  const std::string help = run_syncfeed({"--help"}).out;
  static const std::regex command(R"(\n  ([a-z]+)  )");
  for (std::sregex_iterator i(help.begin(), help.end(), command), end; i != end; ++i) names.push_back((*i)[1]);
  return names;
}

// The lines of a manual page as its reader sees them in a no-fill block:
// roff's escapes for minus, backslash and "no request here" undone.
std::vector<std::string> man_page_lines(const std::filesystem::path& page) {
  std::string text = shell("gzip -dc " + shell_quote(page.string())).out;
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && (text[i + 1] == '-' || text[i + 1] == 'e' || text[i + 1] == '&')) {
      plain += text[i + 1] == '-' ? "-" : text[i + 1] == 'e' ? "\\" : "";
      ++i;
    } else {
      plain += text[i];
    }
  }
  return lines_of(plain);
}

}  // namespace

TEST_CASE("cmake --install puts the command, its manual page, the XSD and the docs under the prefix", "[install]") {
  const Installed& i = installed();
  INFO(i.install.out);
  REQUIRE(i.install.exit_code == 0);
  CHECK(std::filesystem::exists(i.prefix / "bin/syncfeed"));
  CHECK(std::filesystem::exists(i.prefix / "share/man/man1/syncfeed.1.gz"));
  CHECK(read_whole_file(i.prefix / "share/syncfeed/syncfeed.xsd") ==
        read_whole_file(source_dir() / "xsd/syncfeed.xsd"));
  // README.md and docs/ as in the source tree, so that the README's links to docs/ work.
  CHECK(std::filesystem::exists(i.prefix / "share/doc/syncfeed/README.md"));
  CHECK(std::filesystem::exists(i.prefix / "share/doc/syncfeed/docs/lint.md"));
  CHECK(std::filesystem::exists(i.prefix / "share/doc/syncfeed/docs/rules/README.md"));
  const ProcessResult version = shell(shell_quote((i.prefix / "bin/syncfeed").string()) + " --version");
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("syncfeed ", 0) == 0);
}

TEST_CASE("cmake --install puts the C++ library in Debian's multiarch library folder", "[install]") {
  const Installed& i = installed();
  REQUIRE(i.install.exit_code == 0);
  const std::filesystem::path libdir = i.prefix / "lib" / multiarch();
  CHECK(std::filesystem::exists(libdir / "libsyncfeed_feed.a"));
  CHECK(std::filesystem::exists(libdir / "cmake/syncfeed/syncfeedConfig.cmake"));
  CHECK_FALSE(std::filesystem::exists(i.prefix / "lib/libsyncfeed_feed.a"));
  CHECK(std::filesystem::exists(i.prefix / "include/syncfeed/syncfeed.h"));
}

TEST_CASE("every relative link of the installed docs leads to an installed file", "[install]") {
  const Installed& i = installed();
  REQUIRE(i.install.exit_code == 0);
  const std::filesystem::path docs = i.prefix / "share/doc/syncfeed";
  static const std::regex link(R"(\]\(([^)\s]+)\))");
  int links = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(docs)) {
    if (e.path().extension() != ".md") continue;
    const std::string text = read_whole_file(e.path());
    for (std::sregex_iterator m(text.begin(), text.end(), link), end; m != end; ++m) {
      const std::string target = (*m)[1];
      if (std::regex_search(target, std::regex("^[a-z]+:")) || target[0] == '#') continue;
      const std::string path = target.substr(0, target.find('#'));
      INFO(std::filesystem::relative(e.path(), docs).string() << " links to " << target);
      CHECK(std::filesystem::exists(e.path().parent_path() / path));
      ++links;
    }
  }
  CHECK(links > 50);  // the README's, the docs' and the rule pages' links were all read
}

TEST_CASE("the manual page is the help of syncfeed and of each of its commands", "[install]") {
  const Installed& i = installed();
  REQUIRE(i.install.exit_code == 0);
  const std::vector<std::string> page = man_page_lines(i.prefix / "share/man/man1/syncfeed.1.gz");
  const std::set<std::string> page_lines(page.begin(), page.end());
  CHECK(page_lines.count(lines_of(run_syncfeed({"--help"}).out).at(0)) == 1);
  const std::vector<std::string> names = commands();
  CHECK(names.size() >= 12);
  for (const std::string& command : names) {
    INFO("syncfeed " << command << " --help");
    CHECK(page_lines.count(".SS \"syncfeed " + command + "\"") == 1);
    for (const std::string& line : lines_of(run_syncfeed({command, "--help"}).out)) {
      INFO(line);
      CHECK(page_lines.count(line) == 1);
    }
  }
}

TEST_CASE("cpack -G DEB makes the syncfeed package: the command, its manual page, the XSD, the docs", "[install]") {
  const Packages& p = packages();
  INFO(p.cpack.out);
  REQUIRE(p.cpack.exit_code == 0);
  REQUIRE(!p.tool.empty());
  const std::string files = contents(p.tool);
  for (const char* path :
       {"./usr/bin/syncfeed", "./usr/share/man/man1/syncfeed.1.gz", "./usr/share/syncfeed/syncfeed.xsd",
        "./usr/share/doc/syncfeed/README.md", "./usr/share/doc/syncfeed/docs/rules/README.md",
        "./usr/share/doc/syncfeed/copyright", "./usr/share/doc/syncfeed/changelog.gz"}) {
    INFO(path);
    CHECK(has(files, path));
  }
  // The C++ library is libsyncfeed-dev's.
  CHECK_FALSE(has(files, "./usr/include/"));
  CHECK_FALSE(has(files, ".a\n"));
  CHECK_FALSE(has(files, "/cmake/"));
  CHECK(has(field(p.tool, "Depends"), "libxerces-c3.2"));
  const std::string maintainer = field(p.tool, "Maintainer");
  CHECK(maintainer.find('@') != std::string::npos);
  CHECK_FALSE(has(maintainer, "@localhost"));
  // A summary line, then the extended description.
  const std::vector<std::string> description = lines_of(field(p.tool, "Description"));
  CHECK(description.size() >= 5);
}

TEST_CASE("cpack -G DEB makes the libsyncfeed-dev package: headers, library, CMake package", "[install]") {
  const Packages& p = packages();
  INFO(p.cpack.out);
  REQUIRE(p.cpack.exit_code == 0);
  REQUIRE(!p.dev.empty());
  const std::string files = contents(p.dev);
  const std::string libdir = "./usr/lib/" + multiarch() + "/";
  for (const std::string& path :
       {std::string("./usr/include/syncfeed/syncfeed.h"), libdir + "libsyncfeed_api.a", libdir + "libsyncfeed_feed.a",
        libdir + "libsyncfeed_gen.a", libdir + "cmake/syncfeed/syncfeedConfig.cmake",
        std::string("./usr/share/doc/libsyncfeed-dev/copyright"),
        std::string("./usr/share/doc/libsyncfeed-dev/changelog.gz")}) {
    INFO(path);
    CHECK(has(files, path));
  }
  CHECK_FALSE(has(files, "./usr/bin/"));
  CHECK(field(p.dev, "Section") == "libdevel");
  CHECK(lines_of(field(p.dev, "Description")).size() >= 5);
}

TEST_CASE("libsyncfeed-dev ships the public headers only, and they include nothing of the parts", "[install]") {
  const Packages& p = packages();
  REQUIRE(p.cpack.exit_code == 0);
  TempFolder root;
  REQUIRE(shell("dpkg-deb -x " + shell_quote(p.dev.string()) + " " + shell_quote(root.path().string())).exit_code == 0);
  const std::filesystem::path include = root / "usr/include";
  std::set<std::filesystem::path> shipped;
  for (const auto& e : std::filesystem::recursive_directory_iterator(include))
    if (e.is_regular_file()) shipped.insert(e.path());
  std::set<std::filesystem::path> in_source;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() / "include/syncfeed"))
    in_source.insert(include / "syncfeed" / e.path().filename());
  CHECK(shipped == in_source);
  // A "..." include names another public header; the rest are <...> (the standard library, RapidCheck).
  static const std::regex quoted(R"re(^\s*#\s*include\s+"([^"]+)")re");
  for (const std::filesystem::path& header : shipped)
    for (const std::string& line : lines_of(read_whole_file(header))) {
      std::smatch m;
      if (!std::regex_search(line, m, quoted)) continue;
      INFO(std::filesystem::relative(header, include).string() << " includes \"" << m[1] << "\"");
      CHECK(shipped.count(include / std::string(m[1])) == 1);
    }
}

TEST_CASE("both packages carry packaging/changelog, gzip -9n, whose latest entry is their version", "[install]") {
  const Packages& p = packages();
  REQUIRE(p.cpack.exit_code == 0);
  const std::string changelog = read_whole_file(source_dir() / "packaging/changelog");
  for (const auto& [deb, package] : {std::pair{p.tool, "syncfeed"}, std::pair{p.dev, "libsyncfeed-dev"}}) {
    INFO(package);
    TempFolder root;
    REQUIRE(shell("dpkg-deb -x " + shell_quote(deb.string()) + " " + shell_quote(root.path().string())).exit_code == 0);
    const std::filesystem::path gz = root / ("usr/share/doc/" + std::string(package) + "/changelog.gz");
    CHECK(shell("gzip -dc " + shell_quote(gz.string())).out == changelog);
    // -n: no file name (FLG.FNAME) and no time (MTIME) in the gzip header.
    const std::string header = read_whole_file(gz).substr(0, 8);
    REQUIRE(header.size() == 8);
    CHECK((header[3] & 0x08) == 0);
    CHECK(header.substr(4, 4) == std::string(4, '\0'));
    CHECK(changelog.rfind("syncfeed (" + field(deb, "Version") + ") ", 0) == 0);
    CHECK(read_whole_file(root / ("usr/share/doc/" + std::string(package) + "/copyright")) ==
          read_whole_file(source_dir() / "packaging/copyright"));
  }
}

TEST_CASE("libsyncfeed-dev depends on the package of every library that find_package(syncfeed) finds", "[install]") {
  const Packages& p = packages();
  REQUIRE(p.cpack.exit_code == 0);
  TempFolder root, project;
  REQUIRE(shell("dpkg-deb -x " + shell_quote(p.dev.string()) + " " + shell_quote(root.path().string())).exit_code == 0);
  // A user's project that finds syncfeed in the unpacked package.
  write_whole_file(project / "CMakeLists.txt",
                   "cmake_minimum_required(VERSION 3.18)\nproject(user CXX)\nfind_package(syncfeed REQUIRED)\n");
  const ProcessResult configure =
      shell("cmake -S " + shell_quote(project.path().string()) + " -B " + shell_quote((project / "build").string()) +
            " -DCMAKE_PREFIX_PATH=" + shell_quote((root / "usr").string()));
  INFO(configure.out);
  REQUIRE(configure.exit_code == 0);
  // What it found: the folders of config packages, the libraries of find modules.
  const std::set<std::string> depends = package_names(field(p.dev, "Depends"));
  static const std::regex found(R"(^[A-Za-z0-9_]+_(DIR|LIBRARY|LIBRARY_RELEASE):(PATH|FILEPATH)=(/.*)$)");
  int checked = 0;
  for (const std::string& line : lines_of(read_whole_file(project / "build/CMakeCache.txt"))) {
    std::smatch m;
    if (!std::regex_match(line, m, found)) continue;
    const std::string path = m[3];
    if (path.rfind(root.path().string(), 0) == 0) continue;  // syncfeed's own
    // An include folder (SQLite3_INCLUDE_DIR=/usr/include) belongs to every -dev
    // package at once, and dpkg -S lists them in no useful order: the library
    // beside it names the package.
    if (line.find("_INCLUDE_DIR:") != std::string::npos) continue;
    const std::string owner = trimmed(shell("dpkg -S " + shell_quote(path)).out);
    const std::string package = owner.substr(0, owner.find_first_of(":,"));
    INFO(line << " is from " << owner);
    CHECK(depends.count(package) == 1);
    ++checked;
  }
  CHECK(checked >= 6);  // Xerces-C, fmt, nlohmann_json, toml++, SQLite, RapidCheck
}
