// FUZZ_CHECK(condition): the property checks of the fuzz targets. Unlike
// assert() it stays on in Release builds; a false condition prints it with its
// line and aborts, which libFuzzer and the replay tests report as a crash.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                            \
  do {                                                                                   \
    if (!(condition)) {                                                                  \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (false)
