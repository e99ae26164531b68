# Per-target compiler settings shared by every kg module.
#
# KG_SANITIZE (e.g. "address,undefined") instruments the target and links the
# sanitizer runtimes into executables; undefined behaviour then aborts instead
# of printing a warning, so tests fail on it. KG_BUILD_FUZZ adds libFuzzer's
# coverage instrumentation (clang only); the fuzz targets add the libFuzzer
# main themselves (fuzz/CMakeLists.txt).
function(kg_target_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(KG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(KG_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${KG_SANITIZE} -fno-sanitize-recover=all
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${KG_SANITIZE})
  endif()
  if(KG_BUILD_FUZZ)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# kg_add_test(NAME SOURCES... LIBS ...): one doctest binary registered with CTest.
function(kg_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${PROJECT_SOURCE_DIR}/tests/doctest_main.cpp ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${DOCTEST_INCLUDE_DIR})
  kg_target_settings(${name})
  add_test(NAME ${name} COMMAND ${name} --no-version)
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "KG_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
