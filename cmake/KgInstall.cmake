# Installation: the kg program, the static libraries with their public
# headers (include/kg) and a CMake package, so that a C++ program can
#   find_package(kg REQUIRED)
#   target_link_libraries(app PRIVATE kg::kg)
# (examples/ is such a program; scripts/test builds it against an install).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# kg::kg: every library of kg in one name.
add_library(kg_library INTERFACE)
target_link_libraries(kg_library INTERFACE kg_ingest kg_extract kg_parse kg_render kg_store kg_graph
                                             kg_base)
set_target_properties(kg_library PROPERTIES EXPORT_NAME kg)

install(TARGETS kg RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS kg_library kg_base kg_graph kg_text kg_lexicon kg_mentions kg_parse kg_openie
                kg_relations kg_extract kg_render kg_store kg_ingest
        EXPORT kgTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/kg DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT kgTargets NAMESPACE kg:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kgConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/kgConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kgConfig.cmake ${PROJECT_BINARY_DIR}/kgConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/kg)
