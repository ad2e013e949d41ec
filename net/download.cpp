#include "net/download.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "net/curl_handle.h"
#include "net/failure.h"
#include "net/url.h"

namespace syncfeed::net {
namespace {

// Body held for the reader before the transfer is paused: a gzip body can
// unpack a 16 KiB block into megabytes, and the reader may be slower than
// the network (apply writing to its state).
constexpr std::size_t kPauseAbove = 1u << 20;

}  // namespace

struct Download::Transfer {
  CURLM* multi = nullptr;
  CURL* easy = nullptr;
  char error_buffer[CURL_ERROR_SIZE] = {};
  ~Transfer() {
    if (multi && easy) curl_multi_remove_handle(multi, easy);
    if (easy) curl_easy_cleanup(easy);
    if (multi) curl_multi_cleanup(multi);
  }
};

Download::Download(const std::string& url, const DownloadOptions& options)
    : shown_(masked_url(url)), options_(options), transfer_(std::make_unique<Transfer>()) {
  transfer_->easy = make_curl_handle(url, options_, transfer_->error_buffer, response_);
  transfer_->multi = transfer_->easy ? curl_multi_init() : nullptr;
  if (!transfer_->multi) {
    fail("libcurl could not start a transfer");
    return;
  }
  curl_easy_setopt(transfer_->easy, CURLOPT_WRITEFUNCTION, &Download::on_body);
  curl_easy_setopt(transfer_->easy, CURLOPT_WRITEDATA, this);
  curl_multi_add_handle(transfer_->multi, transfer_->easy);
}

Download::~Download() = default;

std::size_t Download::read(unsigned char* buffer, std::size_t capacity) {
  while (pending_from_ == pending_.size() && !done_) {
    if (paused_) {
      paused_ = false;
      curl_easy_pause(transfer_->easy, CURLPAUSE_CONT);  // may deliver the held block at once
      continue;
    }
    pump();
  }
  if (failed()) return 0;
  const std::size_t n = std::min(capacity, pending_.size() - pending_from_);
  std::memcpy(buffer, pending_.data() + pending_from_, n);
  pending_from_ += n;
  return n;
}

void Download::pump() {
  int running = 0;
  if (curl_multi_perform(transfer_->multi, &running) != CURLM_OK) return fail("libcurl failed");
  if (running == 0) {
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(transfer_->multi, &left))
      if (message->msg == CURLMSG_DONE) return finish(message->data.result);
    return finish(CURLE_OK);
  }
  if (pending_from_ < pending_.size() || paused_) return;
  curl_multi_poll(transfer_->multi, nullptr, 0, 1000, nullptr);
}

std::size_t Download::on_body(char* data, std::size_t size, std::size_t count, void* self) {
  return static_cast<Download*>(self)->take_body(data, size * count);
}

std::size_t Download::take_body(const char* data, std::size_t n) {
  if (!body_started_) {
    body_started_ = true;
    // An error page is not the feed: never hand it to the reader.
    if (response_.is_error()) return 0;
    curl_off_t length = -1;
    curl_easy_getinfo(transfer_->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
    const bool encoded = !response_.content_encoding.empty() && response_.content_encoding != "identity";
    if (length >= 0 && !encoded && options_.size_known) options_.size_known(static_cast<std::uint64_t>(length));
  }
  if (pending_.size() - pending_from_ >= kPauseAbove) {
    paused_ = true;
    return CURL_WRITEFUNC_PAUSE;  // curl hands the same block again after the pause
  }
  if (bytes_ + n > options_.max_bytes) {
    refusal_ = fmt::format("larger than {} bytes (--max-download raises the limit)", options_.max_bytes);
    return 0;
  }
  bytes_ += n;
  pending_.erase(0, pending_from_);
  pending_from_ = 0;
  pending_.append(data, n);
  return n;
}

void Download::finish(int curl_code) {
  done_ = true;
  if (failed()) return;
  if (!refusal_.empty())  // the body was refused: curl saw a write error, the reason is ours
    return fail(response_.status == 0 ? refusal_ : response_.status_text() + ", " + refusal_);
  const auto code = static_cast<CURLcode>(curl_code);
  if (code == CURLE_OK && !response_.is_error()) return;
  fail(failure_cause(code, transfer_->error_buffer, response_, bytes_, options_));
}

void Download::fail(const std::string& cause) {
  done_ = true;
  error_ = fmt::format("cannot download {}: {}", shown_, cause);
  pending_.clear();
  pending_from_ = 0;
}

}  // namespace syncfeed::net
