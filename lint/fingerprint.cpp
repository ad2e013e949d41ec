#include "lint/fingerprint.h"

#include <fmt/format.h>

#include <cstdint>

#include "lint/baseline.h"

namespace syncfeed::lint {

std::string fingerprint_hash(const Finding& f) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  const std::string file = baseline_file_key(f.file);
  for (std::string_view part : {std::string_view(file), std::string_view(f.rule),
                                std::string_view(f.project_id), std::string_view(f.order_id),
                                std::string_view(f.product_id), std::string_view(f.field)}) {
    for (unsigned char c : part) hash = (hash ^ c) * 0x100000001b3ull;
    hash = (hash ^ 0x1f) * 0x100000001b3ull;
  }
  return fmt::format("{:016x}", hash);
}

}  // namespace syncfeed::lint
