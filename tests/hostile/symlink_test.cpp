// A repository can hold symbolic links, and a pull request can add one named
// feeds/shop.xml that points at the CI machine's secrets (/proc/self/environ,
// ~/.git-credentials). lint must not read it: its text output would print the
// first line of the target, the secrets, into the build log as an excerpt.
#include <filesystem>

#include "hostile_support.h"
#include "support/corpus_files.h"

using namespace syncfeed::test;
namespace fs = std::filesystem;

TEST_CASE("lint does not follow a symbolic link out of the current folder") {
  TempFolder secrets;
  const fs::path secret = secrets / "credentials";
  write_whole_file(secret, "https://ci:TOP-SECRET-TOKEN@git.example.com\n");
  TempFolder repository;
  fs::create_directory(repository / "feeds");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", repository / "feeds" / "clean.xml");
  fs::create_symlink(secret, repository / "feeds" / "shop.xml");
  fs::create_symlink("clean.xml", repository / "feeds" / "same.xml");  // inside: read as usual
  ProcessOptions in_repository;
  in_repository.working_folder = repository.path();

  for (const std::string input : {"feeds", "feeds/shop.xml"}) {
    CAPTURE(input);
    const std::vector<std::string> argv = {binary(), "lint", "--no-config", input};
    const Measured m = run_measured(argv, in_repository);
    CHECK(m.exit_code == 2);
    CHECK(m.out.find("TOP-SECRET-TOKEN") == std::string::npos);
    CHECK(m.err.find("TOP-SECRET-TOKEN") == std::string::npos);
    CHECK(m.err.find("feeds/shop.xml: a symbolic link to " + fs::canonical(secret).string()) != std::string::npos);
  }
  // The link inside the folder and the real file are linted.
  const Measured m = run_measured({binary(), "lint", "--no-config", "feeds"}, in_repository);
  CHECK(m.out.find("No findings in 2 files.") != std::string::npos);
}
