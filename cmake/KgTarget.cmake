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
  # GCC 12 reports "literal" + std::string&& as an overlapping memcpy in
  # libstdc++ at -O2 (GCC bug 105329, a false positive fixed in GCC 13).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
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

# kg_check_includes(DIR ALLOWED FOLDER...): the layering check. Fails the
# configure step when a source or header directly in DIR (a module or a
# pipeline stage, relative to the project root) includes a kg header from a
# folder that is not one of the ALLOWED folders (its own and those of the
# targets it depends on). Third-party headers (<...>) are not checked.
function(kg_check_includes dir)
  cmake_parse_arguments(ARG "" "" "ALLOWED" ${ARGN})
  file(GLOB files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${dir}/*.h
       ${PROJECT_SOURCE_DIR}/${dir}/*.cpp)
  foreach(file IN LISTS files)
    file(STRINGS ${file} includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([^\"]*)/[^/\"]*\".*$" "\\1" folder "${line}")
      if(folder STREQUAL line)
        continue()  # no folder: not a kg header
      endif()
      list(FIND ARG_ALLOWED "${folder}" allowed)
      if(allowed EQUAL -1)
        file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${file})
        message(FATAL_ERROR "${rel}: ${line}: ${dir} may include only ${ARG_ALLOWED}")
      endif()
    endforeach()
  endforeach()
endfunction()

# kg_precompile_headers(TARGET HEADERS...): precompiles the given heavy
# third-party headers (<CLI/CLI.hpp>, <nlohmann/json.hpp> ...) for TARGET, so
# each of its sources stops parsing them again. Off with -DKG_PCH=OFF.
function(kg_precompile_headers target)
  if(KG_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()

# kg_add_test(NAME SOURCES... LIBS ...): one doctest binary registered with CTest.
# doctest's main (tests/doctest_main.cpp, the slowest file of a test binary to
# compile) is built once, as the object library kg_doctest_main, and linked
# into every test binary.
function(kg_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT TARGET kg_doctest_main)
    add_library(kg_doctest_main OBJECT ${PROJECT_SOURCE_DIR}/tests/doctest_main.cpp)
    target_include_directories(kg_doctest_main PRIVATE ${DOCTEST_INCLUDE_DIR})
    kg_target_settings(kg_doctest_main)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  # A test binary's files compiled in batches: each file's cost is mostly the
  # headers it shares with the others (doctest, the module's API).
  set_target_properties(${name} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  target_link_libraries(${name} PRIVATE kg_doctest_main ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${DOCTEST_INCLUDE_DIR})
  kg_target_settings(${name})
  add_test(NAME ${name} COMMAND ${name} --no-version)
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "KG_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
