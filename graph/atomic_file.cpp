#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "kg/io.h"

namespace kg {

namespace {

Status failure(const std::string& path, const char* what, int error) {
  return Status::IoError("cannot write " + path + ": " + what + ": " + std::strerror(error));
}

std::string parent_dir(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status write_all(int fd, std::string_view content, const std::string& path) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return failure(path, "write", errno);
    }
    content.remove_prefix(static_cast<std::size_t>(written));
  }
  return Status::Ok();
}

// Writes, syncs and closes the temporary file; closes `fd` in every case.
Status fill_temp(int fd, std::string_view content, const std::string& path) {
  Status status = write_all(fd, content, path);
  if (status.ok()) {
    struct stat existing {};
    const mode_t mode = ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : 0644;
    if (::fchmod(fd, mode) != 0) status = failure(path, "chmod", errno);
  }
  if (status.ok() && ::fsync(fd) != 0) status = failure(path, "fsync", errno);
  if (::close(fd) != 0 && status.ok()) status = failure(path, "close", errno);
  return status;
}

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view content) {
  if (path.empty() || path.back() == '/') {
    return Status::InvalidArgument("cannot write '" + path + "': not a file name");
  }
  // A hidden name in the target's folder: a write killed before the rename
  // leaves a dot file, never something that looks like an output.
  const std::size_t slash = path.rfind('/');
  const std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
  std::string pattern = path.substr(0, name_at) + "." + path.substr(name_at) + ".tmp.XXXXXX";
  std::vector<char> temp(pattern.begin(), pattern.end());
  temp.push_back('\0');
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return failure(path, "create temporary file", errno);
  const std::string temp_path(temp.data());

  Status status = fill_temp(fd, content, path);
  if (status.ok() && ::rename(temp_path.c_str(), path.c_str()) != 0) {
    status = failure(path, "rename", errno);
  }
  if (!status.ok()) {
    ::unlink(temp_path.c_str());
    return status;
  }
  // Make the rename itself durable; a failure here leaves a complete file.
  const int dir = ::open(parent_dir(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return Status::Ok();
}

}  // namespace kg
