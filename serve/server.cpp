#include "serve/server.h"

#include <fmt/format.h>
#include <httplib.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <future>
#include <regex>
#include <vector>

#include "net/download.h"
#include "net/url.h"
#include "serve/arriving_feed.h"
#include "serve/card_queries.h"
#include "serve/pages.h"
#include "serve/sync_log.h"
#include "sim/card_json.h"

namespace syncfeed::serve {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// Enough workers that pages and the read API answer while syncs wait for their turn.
constexpr std::size_t kWorkers = 16;

// The paths the server knows, with the methods each takes (the others get 405).
struct Route {
  std::regex path;
  const char* methods;
};
const std::vector<Route>& routes() {
  static const std::vector<Route> table = {
      {std::regex(R"(/Api/SyncFeed/[^/]+/Upload)"), "POST"},
      {std::regex(R"(/Api/SyncFeed/[^/]+)"), "GET, POST"},
      {std::regex(R"(/|/syncs/\d+|/cards|/cards/\d+|/rules/[^/]+)"), "GET, HEAD"},
      {std::regex(R"(/api/syncs|/api/syncs/\d+|/api/syncs/\d+/findings|/api/cards|/api/cards/\d+)"), "GET, HEAD"},
  };
  return table;
}

void send_json(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(2) + "\n", "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, status, {{"error", message}, {"status", status}});
}

void send_html(httplib::Response& res, const std::optional<std::string>& page, const std::string& missing) {
  if (!page) return send_error(res, 404, missing);
  res.set_content(*page, "text/html; charset=utf-8");
}

std::int64_t number_in(const httplib::Request& req, int group) { return std::stoll(req.matches[group].str()); }

// A private folder for the uploads in flight (mkdtemp: mode 0700), removed at the end.
struct UploadFolder {
  UploadFolder() {
    std::string pattern = (fs::temp_directory_path() / "syncfeed-serve-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder for uploads");
    path = pattern;
  }
  ~UploadFolder() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  fs::path path;
};

}  // namespace

struct Server::Impl {
  explicit Impl(ServeOptions o) : options(std::move(o)), queue(options.sync) {}

  ServeOptions options;
  SyncQueue queue;
  UploadFolder uploads;
  std::atomic<std::uint64_t> upload_count{0};
  std::atomic<bool> stopping{false};
  httplib::Server http;

  // Basic auth with the system id as user name and one of its keys as password.
  bool authorized(const httplib::Request& req, const std::string& system_id) const {
    if (options.keys.empty()) return true;
    const std::string given = req.get_header_value("Authorization");
    const auto [first, last] = options.keys.equal_range(system_id);
    for (auto it = first; it != last; ++it)
      if (given == httplib::make_basic_authentication_header(system_id, it->second).second) return true;
    return false;
  }

  bool refuse_unauthorized(const httplib::Request& req, httplib::Response& res, const std::string& system_id) const {
    if (authorized(req, system_id)) return false;
    res.set_header("WWW-Authenticate", "Basic realm=\"syncfeed\"");
    send_error(res, 401,
               req.has_header("Authorization")
                   ? "wrong credentials: basic auth is the system id and one of its API keys"
                   : "authentication required: basic auth with the system id and its API key");
    return true;
  }

  // Receives a feed into `feed` on this thread, and meanwhile syncs it on
  // another. The sync's place in the queue is taken now, in arrival order;
  // once its turn comes it reads the feed as it arrives, so that the transfer
  // and the work overlap. `receive` writes the feed, asking `still_read`
  // whether the sync still reads it (once the sync has its outcome, the rest
  // is not needed), and returns why the feed did not arrive whole (empty: it did).
  using Receiver = std::function<std::string(const std::function<bool()>& still_read)>;
  SyncResult sync_as_it_arrives(SyncRequest request, ArrivingFeed& feed, const Receiver& receive) {
    request.feed = feed.path().string();
    request.arriving = &feed.growing();
    std::future<SyncResult> sync = std::async(
        std::launch::async, [this, &request, ticket = queue.take_ticket()] { return queue.run(ticket, request); });
    const auto still_read = [&] { return sync.wait_for(std::chrono::seconds(0)) != std::future_status::ready; };
    try {
      feed.finish(receive(still_read));
    } catch (...) {
      feed.finish("the server could not receive the feed");
      sync.wait();
      throw;
    }
    return sync.get();
  }

  void refuse_too_big(httplib::Response& res) const {
    send_error(res, 413, fmt::format("the body is larger than --max-body-mib ({} bytes)", options.max_body_bytes));
  }

  void upload(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
    const std::string system_id = req.matches[1];
    res.set_header("Connection", "close");  // set early: a refused body is left unread
    if (refuse_unauthorized(req, res, system_id)) return;
    if (req.is_multipart_form_data())
      return send_error(res, 415, "send the feed itself as the body (Content-Type: application/xml), not a form");
    if (std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > options.max_body_bytes)
      return refuse_too_big(res);
    ArrivingFeed feed(uploads.path / fmt::format("upload-{}.xml", ++upload_count));
    if (!feed.opened()) return send_error(res, 500, "cannot store the upload in " + uploads.path.string());
    SyncRequest request{system_id, "", "upload"};
    // A body that does not arrive whole is the client's error: answered
    // below (400, 413), not recorded, as if the sync had never started.
    request.record_failed_arrival = false;
    std::uint64_t size = 0;
    bool too_big = false;
    const SyncResult result = sync_as_it_arrives(request, feed, [&](const std::function<bool()>& still_read) {
      const bool whole = read([&](const char* data, std::size_t length) {
        size += length;
        if (size > options.max_body_bytes) return !(too_big = true);
        // Once the sync has its outcome (a feed refused at line 3), the rest
        // of the body is read and dropped, so that the client, still
        // sending, gets the answer.
        return !still_read() || feed.write(data, length);
      });
      if (too_big) return std::string("the body is larger than --max-body-mib");
      return whole ? std::string() : std::string("the body was not received whole (cut short, or the disk is full)");
    });
    if (result.recorded) return send_json(res, result.http_status, result.record.answer);
    if (too_big) return refuse_too_big(res);
    send_error(res, 400, "the body was not received whole (cut short, or the disk is full)");
  }

  void pull(const httplib::Request& req, httplib::Response& res) {
    const std::string system_id = req.matches[1];
    if (refuse_unauthorized(req, res, system_id)) return;
    if (!req.has_param("Source"))
      return send_error(res, 400, "Source is missing: /Api/SyncFeed/{SystemId}?Source={url-encoded URL of the feed}");
    const std::string source = req.get_param_value("Source");
    if (!net::is_url(source))
      return send_error(res, 400,
                        "Source is not an http://, https://, ftp:// or ftps:// URL: " + net::masked_url(source));
    // Downloaded once, to a file beside the uploads, which the sync reads as
    // it arrives: lint and apply then read the same bytes, as for an upload.
    ArrivingFeed feed(uploads.path / fmt::format("source-{}.xml", ++upload_count));
    if (!feed.opened()) return send_error(res, 500, "cannot store the download in " + uploads.path.string());
    const SyncRequest request{system_id, "", net::masked_url(source)};
    const SyncResult result = sync_as_it_arrives(request, feed, [&](const std::function<bool()>& still_read) {
      net::Download download(source, options.download);
      std::vector<unsigned char> buffer(1 << 16);
      while (still_read()) {  // once the sync has its outcome, the rest is not downloaded
        const std::size_t n = download.read(buffer.data(), buffer.size());
        if (n == 0) return download.error();
        if (!feed.write(buffer.data(), n)) return std::string(ArrivingFeed::write_error());
      }
      return std::string();
    });
    send_json(res, result.http_status, result.record.answer);
  }

  // A page or a read: on its own read-only connection.
  template <typename F>
  void read_state(F&& f) {
    sim::Database db = open_read_only(options.sync.state_path);
    sim::Transaction snapshot(db, false);
    f(db);
  }

  void no_route(const httplib::Request& req, httplib::Response& res) {
    for (const Route& route : routes())
      if (std::regex_match(req.path, route.path)) {
        res.set_header("Allow", route.methods);
        return send_error(res, 405, fmt::format("{} takes {}, not {}", req.path, route.methods, req.method));
      }
    send_error(res, 404, "no such path: " + req.path + " (the API: docs/serve.md)");
  }

  void add_routes() {
    using Req = httplib::Request;
    using Res = httplib::Response;
    http.Post(R"(/Api/SyncFeed/([^/]+)/Upload)",
              [this](const Req& req, Res& res, const httplib::ContentReader& read) { upload(req, res, read); });
    http.Get(R"(/Api/SyncFeed/([^/]+))", [this](const Req& req, Res& res) { pull(req, res); });
    http.Post(R"(/Api/SyncFeed/([^/]+))", [this](const Req& req, Res& res) { pull(req, res); });

    http.Get("/", [this](const Req&, Res& res) {
      read_state([&](sim::Database& db) { send_html(res, pages::syncs(db), ""); });
    });
    http.Get(R"(/syncs/(\d+))", [this](const Req& req, Res& res) {
      read_state([&](sim::Database& db) { send_html(res, pages::sync(db, number_in(req, 1)), "no such sync"); });
    });
    http.Get("/cards", [this](const Req& req, Res& res) {
      read_state([&](sim::Database& db) { send_html(res, pages::cards(db, req.get_param_value("q")), ""); });
    });
    http.Get(R"(/cards/(\d+))", [this](const Req& req, Res& res) {
      read_state([&](sim::Database& db) { send_html(res, pages::card(db, number_in(req, 1)), "no such card"); });
    });
    http.Get(R"(/rules/([^/]+))",
             [](const Req& req, Res& res) { send_html(res, pages::rule(req.matches[1]), "no such rule"); });

    http.Get("/api/syncs", [this](const Req&, Res& res) {
      read_state([&](sim::Database& db) {
        Json list = Json::array();
        for (const SyncRecord& r : list_syncs(db, 1000)) list.push_back(r.answer);
        send_json(res, 200, list);
      });
    });
    http.Get(R"(/api/syncs/(\d+)(/findings)?)", [this](const Req& req, Res& res) {
      read_state([&](sim::Database& db) {
        const std::optional<SyncRecord> r = find_sync(db, number_in(req, 1));
        if (!r) return send_error(res, 404, "no such sync");
        send_json(res, 200, req.matches[2].matched ? r->findings : r->answer);
      });
    });
    http.Get(R"(/api/cards(/(\d+))?)", [this](const Req& req, Res& res) {
      read_state([&](sim::Database& db) {
        Json list = Json::array();
        if (req.matches[2].matched) {
          for (const sim::Card& c : cards_with_id(db, number_in(req, 2))) list.push_back(sim::card_json(c));
        } else if (req.has_param("reference_id")) {
          for (const sim::Card& c : cards_with_reference(db, req.get_param_value("reference_id")))
            list.push_back(sim::card_json(c));
        } else {
          for (const CardRow& c : search_cards(db, req.get_param_value("q"), 1000))
            list.push_back(
                {{"card_id", c.card_id}, {"kind", c.kind}, {"reference_id", c.reference_id}, {"name", c.name}});
        }
        if (req.matches[2].matched && list.empty()) return send_error(res, 404, "no such card");
        send_json(res, 200, list);
      });
    });

    auto fallback = [this](const Req& req, Res& res) { no_route(req, res); };
    http.Get(".*", fallback);
    http.Post(".*", fallback);
    http.Put(".*", fallback);
    http.Patch(".*", fallback);
    http.Delete(".*", fallback);
    http.Options(".*", fallback);

    // httplib's own refusals (a malformed request, a body over the limit) get a JSON body too.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const Req&, Res& res) {
      if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      send_error(res, res.status,
                 res.status == 413 ? std::string("the body is larger than --max-body-mib")
                                   : fmt::format("the request was refused (HTTP {})", res.status));
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const Req&, Res& res, std::exception_ptr e) {
      std::string what = "internal error";
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& x) {
        what = x.what();
      } catch (...) {
      }
      send_error(res, 500, what);
    });
  }
};

Server::Server(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  Impl& i = *impl_;
  i.http.new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  i.http.set_payload_max_length(i.options.max_body_bytes);
  i.http.set_read_timeout(i.options.timeout_seconds, 0);
  i.http.set_write_timeout(i.options.timeout_seconds, 0);
  i.add_routes();
}

Server::~Server() = default;

bool Server::run(const std::function<void(int port)>& listening, std::string& error) {
  Impl& i = *impl_;
  try {
    i.queue.prepare_state();
  } catch (const std::exception& e) {
    error = fmt::format("{}: {}", i.options.sync.state_path, e.what());
    return false;
  }
  const int port = i.options.port == 0 ? i.http.bind_to_any_port(i.options.host)
                                       : (i.http.bind_to_port(i.options.host, i.options.port) ? i.options.port : -1);
  if (port < 0) {
    error = fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)", i.options.host,
                        i.options.port);
    return false;
  }
  listening(port);
  if (!i.stopping) i.http.listen_after_bind();
  return true;
}

void Server::stop() {
  impl_->stopping = true;
  impl_->http.stop();
}

}  // namespace syncfeed::serve
