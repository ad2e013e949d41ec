#include "lint/fingerprint.h"

#include <fmt/format.h>

#include <cstdint>

#include <filesystem>

namespace syncfeed::lint {
// The path as given, normalised ("./a/../b.xml" -> "b.xml").
std::string fingerprint_file(const std::string& file) {
  if (file == "<stdin>" || file == "-") return "<stdin>";
  return std::filesystem::path(file).lexically_normal().generic_string();
}

std::string fingerprint_hash(const Finding& f) { return fingerprint_hash(f, fingerprint_file(f.file)); }

std::string fingerprint_hash(const Finding& f, std::string_view file) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (std::string_view part :
       {file, std::string_view(f.rule), std::string_view(f.project_id), std::string_view(f.order_id),
        std::string_view(f.product_id), std::string_view(f.field)}) {
    for (unsigned char c : part) hash = (hash ^ c) * 0x100000001b3ull;
    hash = (hash ^ 0x1f) * 0x100000001b3ull;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace syncfeed::lint
