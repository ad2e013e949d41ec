// include/syncfeed/write.h over the canonical writer (feed/writer.h).
#include "syncfeed/write.h"

#include "feed/output.h"
#include "feed/writer.h"

namespace syncfeed {

std::string write_feed(const std::vector<Element>& projects) { return canonical_document(projects); }

std::string write_element(const Element& element) { return canonical_element(element); }

namespace {
class StreamOutput final : public Output {
 public:
  explicit StreamOutput(std::ostream& out) : out_(out) {}
  void write(std::string_view bytes) override { out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }

 private:
  std::ostream& out_;
};
}  // namespace

struct FeedWriter::Impl {
  explicit Impl(std::ostream& out) : output(out), writer(output) { writer.begin(); }
  StreamOutput output;
  CanonicalWriter writer;
  bool finished = false;
};

FeedWriter::FeedWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {}

FeedWriter::~FeedWriter() {
  if (impl_ && !impl_->finished) finish();
}

void FeedWriter::project(const Element& project) { impl_->writer.project(project); }

void FeedWriter::finish() {
  if (impl_->finished) return;
  impl_->writer.end();
  impl_->finished = true;
}

}  // namespace syncfeed
