// syncfeed fmt: canonical XML to standard output or -o OUT; --check says
// whether a file is canonical and where it first differs; --write replaces a
// file atomically and leaves a canonical one alone.
#include <sys/stat.h>

#include "command_golden.h"

using namespace syncfeed::test;

namespace {

const std::string kPretty = "corpus/good/pretty.xml";
const std::string kCanonical = "corpus/good/canonical.xml";

std::string canonical_text() { return read_whole_file(source_dir() / kCanonical); }

struct stat stat_of(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st;
}

// Files of the folder that are not `keep`: what a write left behind.
std::vector<std::string> leftovers(const std::filesystem::path& folder, const std::string& keep) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.path().filename() != keep) names.push_back(entry.path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("fmt FILE writes the canonical form to standard output") {
  const ProcessResult r = run_syncfeed({"fmt", kPretty});
  CHECK(r.exit_code == 0);
  CHECK(r.out == canonical_text());
  CHECK(r.err.empty());
}

TEST_CASE("fmt reads standard input when given - or no file") {
  ProcessOptions options;
  options.stdin_text = read_whole_file(source_dir() / kPretty);
  CHECK(run_syncfeed({"fmt", "-"}, options).out == canonical_text());
  CHECK(run_syncfeed({"fmt"}, options).out == canonical_text());
}

TEST_CASE("fmt of MiniCRM's one-line plugin feed is an indented canonical feed") {
  const ProcessResult r = run_syncfeed({"fmt", "corpus/good/woocommerce-plugin.xml"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Projects>\n  <Project Id=\"100000042\">\n", 0) == 0);
  CHECK(r.out.find("<Description>&amp;lt;p&amp;gt;Prémium") != std::string::npos);  // never unescaped
  CHECK(r.out.find("<PaymentMethod/>") != std::string::npos);
}

TEST_CASE("fmt --check: exit 0 and silence for a canonical file") {
  check_golden("fmt-check-canonical", {"fmt", "--check", kCanonical});
  check_golden("fmt-check-seed", {"fmt", "--check", "corpus/good/seed-example.xml"});
}

TEST_CASE("fmt --check: exit 1 and the line:column where the file first differs") {
  check_golden("fmt-check-pretty", {"fmt", "--check", kPretty});
  check_golden("fmt-check-plugin", {"fmt", "--check", "corpus/good/woocommerce-plugin.xml"});
}

TEST_CASE("fmt --check sees a difference in the last byte: a missing final line end") {
  TempFolder folder;
  std::string text = canonical_text();
  text.pop_back();
  write_whole_file(folder / "feed.xml", text);
  ProcessOptions in_folder;
  in_folder.working_folder = folder.path();
  const ProcessResult r = run_syncfeed({"fmt", "--check", "feed.xml"}, in_folder);
  CHECK(r.exit_code == 1);
  const auto lines = std::count(text.begin(), text.end(), '\n');
  CHECK(r.out.rfind(fmt::format("feed.xml:{}:", lines + 1), 0) == 0);
}

TEST_CASE("fmt --check of a feed that is not well-formed: exit 1 and the finding") {
  check_golden("fmt-check-broken", {"fmt", "--check", "corpus/broken/unclosed-tag.xml"});
}

TEST_CASE("fmt --write replaces the file atomically, keeping its permissions") {
  TempFolder folder;
  const auto feed = folder / "feed.xml";
  write_whole_file(feed, read_whole_file(source_dir() / kPretty));
  std::filesystem::permissions(feed, std::filesystem::perms(0640));
  ProcessOptions in_folder;
  in_folder.working_folder = folder.path();

  check_golden("fmt-write", {"fmt", "--write", "feed.xml"}, in_folder);
  CHECK(read_whole_file(feed) == canonical_text());
  CHECK((stat_of(feed).st_mode & 07777) == 0640);
  CHECK(leftovers(folder.path(), "feed.xml").empty());
}

TEST_CASE("fmt --write leaves an already canonical file untouched: same inode, same mtime") {
  TempFolder folder;
  const auto feed = folder / "feed.xml";
  write_whole_file(feed, canonical_text());
  const struct stat before = stat_of(feed);
  ProcessOptions in_folder;
  in_folder.working_folder = folder.path();

  const ProcessResult r = run_syncfeed({"fmt", "--write", "feed.xml"}, in_folder);
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  const struct stat after = stat_of(feed);
  CHECK(after.st_ino == before.st_ino);
  CHECK(after.st_mtim.tv_sec == before.st_mtim.tv_sec);
  CHECK(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
  CHECK(leftovers(folder.path(), "feed.xml").empty());
}

TEST_CASE("fmt --write of a feed that is not well-formed changes nothing and leaves no temporary file") {
  TempFolder folder;
  const auto feed = folder / "feed.xml";
  const std::string broken = read_whole_file(source_dir() / "corpus/broken/unclosed-tag.xml");
  write_whole_file(feed, broken);
  ProcessOptions in_folder;
  in_folder.working_folder = folder.path();

  const ProcessResult r = run_syncfeed({"fmt", "--write", "feed.xml"}, in_folder);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("xml-not-well-formed") != std::string::npos);
  CHECK(read_whole_file(feed) == broken);
  CHECK(leftovers(folder.path(), "feed.xml").empty());
}

TEST_CASE("fmt -o OUT writes the canonical form there, and nothing to standard output") {
  TempFolder folder;
  const auto out = folder / "out.xml";
  const ProcessResult r = run_syncfeed({"fmt", kPretty, "-o", out.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
  CHECK(read_whole_file(out) == canonical_text());
  CHECK(leftovers(folder.path(), "out.xml").empty());
}

TEST_CASE("fmt -o OUT with a feed that is not well-formed writes no OUT at all") {
  TempFolder folder;
  const auto out = folder / "out.xml";
  const ProcessResult r = run_syncfeed({"fmt", "corpus/broken/truncated.xml", "-o", out.string()});
  CHECK(r.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK(leftovers(folder.path(), "").empty());
}

TEST_CASE("fmt: usage and I/O errors exit 2") {
  check_golden("fmt-missing-file", {"fmt", "corpus/good/no-such-feed.xml"});
  check_golden("fmt-check-and-write", {"fmt", "--check", "--write", kPretty});
  check_golden("fmt-write-stdin", {"fmt", "--write"});
  check_golden("fmt-two-files", {"fmt", kPretty, kCanonical});
  const ProcessResult no_folder = run_syncfeed({"fmt", kPretty, "-o", "/nonexistent-folder/out.xml"});
  CHECK(no_folder.exit_code == 2);
  CHECK(no_folder.out.empty());
}

TEST_CASE("fmt --check - suggests a command that works for standard input") {
  ProcessOptions piped;
  piped.stdin_text = read_whole_file(source_dir() / kPretty);
  const ProcessResult r = run_syncfeed({"fmt", "--check", "-"}, piped);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("<stdin>:") == 0);
  CHECK(r.out.find("--write") == std::string::npos);  // standard input cannot be replaced
  CHECK(r.out.find("(syncfeed fmt - > OUT writes its canonical form)\n") != std::string::npos);
}

TEST_CASE("fmt --check and --write take several files and do each, as clang-format does") {
  TempFolder folder;
  write_whole_file(folder / "a.xml", read_whole_file(source_dir() / kPretty));
  write_whole_file(folder / "b.xml", canonical_text());
  write_whole_file(folder / "c.xml", read_whole_file(source_dir() / kPretty));
  ProcessOptions in_folder;
  in_folder.working_folder = folder.path();

  // --check: a line per file that is not canonical; the exit code is the worst.
  const ProcessResult check = run_syncfeed({"fmt", "--check", "a.xml", "b.xml", "c.xml"}, in_folder);
  CHECK(check.exit_code == 1);
  CHECK(check.out.find("a.xml:") == 0);
  CHECK(check.out.find("\nc.xml:") != std::string::npos);
  CHECK(check.out.find("b.xml") == std::string::npos);
  const ProcessResult missing = run_syncfeed({"fmt", "--check", "b.xml", "no-such.xml"}, in_folder);
  CHECK(missing.exit_code == 2);

  // --write: each file is replaced by its canonical form.
  const ProcessResult write = run_syncfeed({"fmt", "--write", "a.xml", "b.xml", "c.xml"}, in_folder);
  CHECK(write.exit_code == 0);
  CHECK(write.err == "formatted a.xml\nformatted c.xml\n");
  for (const char* name : {"a.xml", "b.xml", "c.xml"}) CHECK(read_whole_file(folder / name) == canonical_text());
}

TEST_CASE("fmt with several files and neither --check nor --write: one line, exit 2") {
  // Standard output and -o hold one feed; two canonical feeds one after the other are not one.
  const ProcessResult r = run_syncfeed({"fmt", kPretty, kCanonical, "-o", "/tmp/never-written.xml"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "syncfeed: fmt: several FILEs need --check or --write (standard output and -o hold one feed)\n");
  CHECK_FALSE(std::filesystem::exists("/tmp/never-written.xml"));
}
