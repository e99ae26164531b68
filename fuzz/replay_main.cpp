// A main() for fuzz targets built without libFuzzer: calls
// LLVMFuzzerTestOneInput once with the bytes of every regular file named on
// the command line or found (recursively, in sorted order) in a folder named
// there. A crash, a sanitizer report or a failed check aborts the process; a
// missing path or an empty corpus is an error (exit 1), so a moved corpus
// cannot pass silently. Prints how many inputs ran.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// Regular files under `path` (itself if it is a file), sorted.
std::vector<fs::path> inputs_of(const fs::path& path) {
  std::vector<fs::path> files;
  if (fs::is_directory(path)) {
    for (const auto& entry : fs::recursive_directory_iterator(path))
      if (entry.is_regular_file()) files.push_back(entry.path());
  } else if (fs::is_regular_file(path)) {
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t count = 0;
  for (int i = 1; i < argc; ++i) {
    const std::vector<fs::path> files = inputs_of(argv[i]);
    if (files.empty()) {
      std::cerr << argv[0] << ": no input files in " << argv[i] << '\n';
      return 1;
    }
    for (const fs::path& file : files) {
      std::ifstream in(file, std::ios::binary);
      const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      if (!in.is_open() || in.bad()) {
        std::cerr << argv[0] << ": cannot read " << file << '\n';
        return 1;
      }
      LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
      ++count;
    }
  }
  if (count == 0) {
    std::cerr << "usage: " << argv[0] << " FILE|DIR...\n";
    return 1;
  }
  std::cout << "replayed " << count << " inputs\n";
  return 0;
}
