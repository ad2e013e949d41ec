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
    const std::vector<std::string> argv = {syncfeed_binary(), "lint", "--no-config", input};
    const Measured m = run_measured(argv, in_repository);
    CHECK(m.exit_code == 2);
    CHECK(m.out.find("TOP-SECRET-TOKEN") == std::string::npos);
    CHECK(m.err.find("TOP-SECRET-TOKEN") == std::string::npos);
    CHECK(m.err.find("feeds/shop.xml: a symbolic link to " + fs::canonical(secret).string()) != std::string::npos);
  }
  // The link inside the folder and the real file are linted.
  const Measured m = run_measured({syncfeed_binary(), "lint", "--no-config", "feeds"}, in_repository);
  CHECK(m.out.find("No findings in 2 files.") != std::string::npos);
}

// What tab completion writes: `cd build && syncfeed lint ../feeds/`. Only
// symbolic links are judged; a folder or file reached without one is read
// wherever it is.
TEST_CASE("lint reads a folder or file the user names outside the current folder") {
  TempFolder repository;
  fs::create_directory(repository / "feeds");
  fs::create_directory(repository / "build");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", repository / "feeds" / "clean.xml");
  fs::create_symlink("clean.xml", repository / "feeds" / "same.xml");  // stays inside the folder named
  ProcessOptions in_build;
  in_build.working_folder = repository / "build";

  for (const std::string& input :
       std::vector<std::string>{"../feeds/", "../feeds", "../feeds/.", "../build/../feeds//", "../feeds/clean.xml",
                                (repository / "feeds").string() + "/"}) {
    CAPTURE(input);
    const Measured m = run_measured({syncfeed_binary(), "lint", "--no-config", input}, in_build);
    CHECK(m.exit_code == 0);
    CHECK(m.err.empty());
  }
  const Measured folder = run_measured({syncfeed_binary(), "lint", "--no-config", "../feeds/"}, in_build);
  CHECK(folder.out.find("No findings in 2 files.") != std::string::npos);
}

TEST_CASE("a link found in a folder is read only when it stays inside that folder") {
  TempFolder repository;
  fs::create_directories(repository / "feeds");
  fs::create_directories(repository / "other");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", repository / "other" / "clean.xml");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", repository / "feeds" / "clean.xml");
  fs::create_symlink("../other/clean.xml", repository / "feeds" / "elsewhere.xml");
  ProcessOptions in_repository;
  in_repository.working_folder = repository.path();

  const Measured m = run_measured({syncfeed_binary(), "lint", "--no-config", "feeds"}, in_repository);
  CHECK(m.exit_code == 2);
  CHECK(m.err == "syncfeed: feeds/elsewhere.xml: a symbolic link to " +
                     fs::canonical(repository / "other" / "clean.xml").string() +
                     ", outside feeds: not read (name the file itself to lint it)\n");
  CHECK(m.out.find("No findings in 1 file.") != std::string::npos);
}

// A link named on the command line is what a shell glob names (feeds/*.xml in
// a CI script): it is read when it leads somewhere inside the current folder,
// and refused when it leads out of it, with a trailing slash too.
TEST_CASE("a link the user names is read only when it leads inside the current folder") {
  TempFolder outside;
  fs::create_directory(outside / "feeds");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", outside / "feeds" / "clean.xml");
  TempFolder repository;
  fs::create_directory(repository / "feeds");
  fs::copy_file(corpus_dir() / "lint" / "clean.xml", repository / "feeds" / "clean.xml");
  fs::create_symlink("feeds/clean.xml", repository / "inside.xml");
  fs::create_symlink("feeds", repository / "inside-folder");
  fs::create_symlink(outside / "feeds", repository / "outside-folder");
  ProcessOptions in_repository;
  in_repository.working_folder = repository.path();

  for (const std::string input : {"inside.xml", "inside-folder", "inside-folder/"}) {
    CAPTURE(input);
    CHECK(run_measured({syncfeed_binary(), "lint", "--no-config", input}, in_repository).exit_code == 0);
  }
  for (const std::string input : {"outside-folder", "outside-folder/"}) {
    CAPTURE(input);
    const Measured m = run_measured({syncfeed_binary(), "lint", "--no-config", input}, in_repository);
    CHECK(m.exit_code == 2);
    CHECK(m.err == "syncfeed: " + input + ": a symbolic link to " + fs::canonical(outside / "feeds").string() +
                       ", outside the current folder: not read (name the file itself to lint it)\n");
  }
  // Named by its real path, the same folder is read.
  CHECK(
      run_measured({syncfeed_binary(), "lint", "--no-config", (outside / "feeds").string()}, in_repository).exit_code ==
      0);
}
