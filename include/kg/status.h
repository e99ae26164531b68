// Status and Result<T>: how recoverable errors cross module boundaries.
//
// A Status is either OK or an error code with a one-line, human-readable
// message (no trailing newline) that names the file or value at fault. A
// Result<T> holds either a T or a non-OK Status. Neither throws; callers test
// ok() before using value(). Exceptions are reserved for programming errors.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace kg {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad option or name given by the user
  kNotFound,         // a missing file, entity or path
  kIoError,          // the operating system refused a read or write
  kInvalidInput,     // input that is not what it claims (binary, bad UTF-8, bad JSON)
  kResourceLimit,    // input too large or too slow to process
  kInternal,         // a bug or an unexpected library failure
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status InvalidInput(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
  static Status ResourceLimit(std::string m) { return {StatusCode::kResourceLimit, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}  // NOLINT: must not be OK
  // Constructs the value in place from `args` (for a T that is costly to move).
  template <typename... Args>
  explicit Result(std::in_place_t, Args&&... args)
      : data_(std::in_place_type<T>, std::forward<Args>(args)...) {}

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

// `text` made safe for a one-line message: invalid UTF-8 bytes become U+FFFD
// and control characters (line breaks included) spaces. kg's own messages
// quote input this way.
std::string one_line(std::string_view text);

}  // namespace kg
