#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

#include "kg/extract.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

// ".txt, .text, .md"
std::string extension_list(const std::vector<std::string>& extensions) {
  std::string out;
  for (const std::string& ext : extensions) out += (out.empty() ? "" : ", ") + ext;
  return out;
}

bool hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

}  // namespace

Result<std::vector<std::string>> collect_input_files(const std::vector<std::string>& paths,
                                                     const std::vector<std::string>& extensions) {
  if (paths.empty()) return Status::InvalidArgument("no input files given");
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (path == kStdinPath) {
      files.push_back(path);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(path + ": no such file or directory");
    if (fs::is_regular_file(st)) {
      files.push_back(path);
      continue;
    }
    if (!fs::is_directory(st))
      return Status::InvalidInput(path + ": not a regular file or directory");
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) return Status::IoError(path + ": cannot read directory: " + ec.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) return Status::IoError(path + ": cannot read directory: " + ec.message());
      if (hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && has_extension(it->path(), extensions))
        found.push_back(it->path().string());
    }
    if (found.empty())
      return Status::NotFound(path + ": directory has no text files (" +
                              extension_list(extensions) + ")");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  std::set<std::string> seen;
  std::vector<std::string> unique;
  for (std::string& file : files) {
    std::error_code ec;
    std::string key = file == kStdinPath ? file : fs::weakly_canonical(file, ec).string();
    if (ec) key = fs::path(file).lexically_normal().string();
    if (seen.insert(std::move(key)).second) unique.push_back(std::move(file));
  }
  return unique;
}

std::string document_name(const std::string& path) {
  if (path == kStdinPath) return std::string(kStdinDocument);
  return fs::path(path).lexically_normal().generic_string();
}

}  // namespace kg::extract
