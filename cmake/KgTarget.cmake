# Per-target compiler settings shared by every kg module.
function(kg_target_settings target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(KG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
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
