// syncfeed roundtrip: exit 0 when the data survives feed -> model -> canonical
// -> model, with notes for what the canonical form does not keep.
#include "command_golden.h"

using namespace syncfeed::test;

TEST_CASE("roundtrip passes on the whole good corpus") {
  std::vector<std::string> args{"roundtrip"};
  for (const auto& path : corpus_feeds("good")) args.push_back(std::filesystem::relative(path, source_dir()).string());
  const ProcessResult r = check_golden("roundtrip-good-corpus", args);
  CHECK(r.exit_code == 0);
}

TEST_CASE("roundtrip lists comments and processing instructions as notes, and still passes") {
  const ProcessResult r = check_golden("roundtrip-comments", {"roundtrip", "tests/cli/inputs/with-comments.xml"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("roundtrip reads standard input") {
  ProcessOptions options;
  options.stdin_text = read_whole_file(source_dir() / "corpus/good/seed-example.xml");
  const ProcessResult r = run_syncfeed({"roundtrip", "-"}, options);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "<stdin>: ok: 2 projects round-trip\n");
}

TEST_CASE("roundtrip of a feed that is not well-formed or has a DOCTYPE exits 1") {
  check_golden("roundtrip-broken", {"roundtrip", "corpus/broken/truncated.xml"});
  check_golden("roundtrip-doctype", {"roundtrip", "corpus/broken/doctype-entity.xml"});
}

TEST_CASE("roundtrip: the worst result decides the exit code") {
  const ProcessResult r = run_syncfeed({"roundtrip", "corpus/good/pretty.xml", "corpus/broken/truncated.xml"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("corpus/good/pretty.xml: ok") != std::string::npos);
}

TEST_CASE("roundtrip: usage and I/O errors exit 2") {
  check_golden("roundtrip-no-file", {"roundtrip"});
  check_golden("roundtrip-missing-file", {"roundtrip", "corpus/good/no-such-feed.xml"});
}

TEST_CASE("roundtrip lists unknown elements of lists and the root and unknown attributes as not kept, and passes") {
  const ProcessResult r = check_golden("roundtrip-extras", {"roundtrip", "corpus/lint/generator-extras.xml"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("fmt of a feed with unknown elements in lists and unknown attributes: a fixed point that lints no worse") {
  TempFolder folder;
  const ProcessResult once = run_syncfeed({"fmt", "corpus/lint/generator-extras.xml"});
  REQUIRE(once.exit_code == 0);
  write_whole_file(folder / "once.xml", once.out);
  const ProcessResult twice = run_syncfeed({"fmt", (folder / "once.xml").string()});
  CHECK(twice.out == once.out);
  // What the model does not keep is gone, and with it its warnings; nothing new appears.
  const ProcessResult lint = run_syncfeed({"lint", "--no-config", (folder / "once.xml").string()});
  CHECK(lint.exit_code == 0);
  CHECK(lint.out == "No findings in 1 file.\n");
}
