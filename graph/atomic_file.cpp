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

// Writes `content` to a new hidden temporary file beside `path` (".NAME.tmp.
// XXXXXX"): a write killed before the rename leaves a dot file, never
// something that looks like an output. Sets *temp_path on success.
Status stage(const std::string& path, std::string_view content, std::string* temp_path) {
  if (path.empty() || path.back() == '/') {
    return Status::InvalidArgument("cannot write '" + path + "': not a file name");
  }
  const std::size_t slash = path.rfind('/');
  const std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
  std::string pattern = path.substr(0, name_at) + "." + path.substr(name_at) + ".tmp.XXXXXX";
  std::vector<char> temp(pattern.begin(), pattern.end());
  temp.push_back('\0');
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return failure(path, "create temporary file", errno);
  *temp_path = temp.data();
  Status status = fill_temp(fd, content, path);
  if (!status.ok()) ::unlink(temp_path->c_str());
  return status;
}

// Makes the renames into `path`'s folder durable; a failure here leaves
// complete files.
void sync_parent(const std::string& path) {
  const int dir = ::open(parent_dir(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

// Renames each staged file (temps, cleared once renamed) over its target, in
// order. An existing target is first kept as a hard link "<temp>.old"; when a
// rename fails, the targets already replaced get their old content back (or
// are removed when they did not exist). Kept links are removed at the end.
Status replace_all(const std::vector<FileContent>& files, std::vector<std::string>& temps) {
  std::vector<std::string> kept(files.size());  // empty: no old content kept
  std::vector<bool> absent(files.size(), false);
  Status status = Status::Ok();
  std::size_t done = 0;
  for (; done < files.size(); ++done) {
    const std::string& target = files[done].path;
    const std::string link_name = temps[done] + ".old";
    if (::link(target.c_str(), link_name.c_str()) == 0) {
      kept[done] = link_name;
    } else {
      absent[done] = errno == ENOENT;
    }
    if (::rename(temps[done].c_str(), target.c_str()) != 0) {
      status = failure(target, "rename", errno);
      break;
    }
    temps[done].clear();
  }
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const bool undo = !status.ok() && i < done;
    if (undo && absent[i]) ::unlink(files[i].path.c_str());
    if (kept[i].empty()) continue;
    if (undo) {
      ::rename(kept[i].c_str(), files[i].path.c_str());
    } else {
      ::unlink(kept[i].c_str());
    }
  }
  return status;
}

}  // namespace

Status write_file_atomic(const std::string& path, std::string_view content) {
  return write_files_atomic({FileContent{path, content}});
}

Status write_files_atomic(const std::vector<FileContent>& files) {
  std::vector<std::string> temps;
  Status status = Status::Ok();
  for (const FileContent& file : files) {
    std::string temp;
    status = stage(file.path, file.content, &temp);
    if (!status.ok()) break;
    temps.push_back(std::move(temp));
  }
  if (status.ok()) status = replace_all(files, temps);
  for (const std::string& temp : temps) {
    if (!temp.empty()) ::unlink(temp.c_str());
  }
  if (!status.ok()) return status;
  for (const FileContent& file : files) sync_parent(file.path);
  return Status::Ok();
}

}  // namespace kg
