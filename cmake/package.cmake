# syncfeed as a C++ library: `cmake --install BUILD --prefix P` (the component
# `development`, which cmake/debian.cmake packages as libsyncfeed-dev), then in
# a project of one's own:
#   find_package(syncfeed REQUIRED)   # with P in CMAKE_PREFIX_PATH
#   target_link_libraries(app PRIVATE syncfeed::syncfeed)
#   #include <syncfeed/syncfeed.h>
# The public headers are include/syncfeed/*.h (a thin facade); the headers of
# the parts they include are installed under include/syncfeed/internal.
include(${CMAKE_CURRENT_LIST_DIR}/install_dirs.cmake)
include(CMakePackageConfigHelpers)

set(SYNCFEED_LIBRARIES syncfeed_net syncfeed_feed syncfeed_rules syncfeed_lint syncfeed_roundtrip syncfeed_sim syncfeed_diff
    syncfeed_gen)
set(SYNCFEED_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/syncfeed)

# What the libraries link, in pairs: the CMake package that find_package(syncfeed)
# finds for them, and the Debian package that provides it. The one list makes
# both the config's find_dependency() calls and libsyncfeed-dev's Depends.
set(SYNCFEED_DEPENDENCIES
    XercesC libxerces-c-dev
    fmt libfmt-dev
    nlohmann_json nlohmann-json3-dev
    tomlplusplus libtomlplusplus-dev
    SQLite3 libsqlite3-dev
    CURL libcurl4-openssl-dev
    rapidcheck librapidcheck-dev)
set(SYNCFEED_FIND_DEPENDENCIES "")
set(SYNCFEED_DEV_DEPENDS "")
list(LENGTH SYNCFEED_DEPENDENCIES count)
math(EXPR last "${count} - 1")
foreach(index RANGE 0 ${last} 2)
  math(EXPR next "${index} + 1")
  list(GET SYNCFEED_DEPENDENCIES ${index} cmake_package)
  list(GET SYNCFEED_DEPENDENCIES ${next} debian_package)
  string(APPEND SYNCFEED_FIND_DEPENDENCIES "find_dependency(${cmake_package})\n")
  list(APPEND SYNCFEED_DEV_DEPENDS ${debian_package})
endforeach()

add_library(syncfeed_sdk INTERFACE)
set_target_properties(syncfeed_sdk PROPERTIES EXPORT_NAME syncfeed)
target_include_directories(syncfeed_sdk INTERFACE $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>
                                                  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_link_libraries(syncfeed_sdk INTERFACE ${SYNCFEED_LIBRARIES})
add_library(syncfeed::syncfeed ALIAS syncfeed_sdk)

# The parts include each other as "feed/model.h": the source root in the build
# tree, include/syncfeed/internal once installed. (syncfeed_module gives the
# source root as a plain path, which an exported target may not carry.)
foreach(library ${SYNCFEED_LIBRARIES})
  set_property(TARGET ${library} PROPERTY INTERFACE_INCLUDE_DIRECTORIES
               $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}> $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/syncfeed/internal>)
endforeach()

install(TARGETS syncfeed_sdk ${SYNCFEED_LIBRARIES} EXPORT syncfeedTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/include/syncfeed DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
# Of the parts' headers, those the public ones include (cmake/install_internal_headers.cmake).
install(CODE "set(SYNCFEED_SOURCE_DIR \"${CMAKE_SOURCE_DIR}\")
set(SYNCFEED_INTERNAL_HEADERS_DESTINATION \"${CMAKE_INSTALL_INCLUDEDIR}/syncfeed/internal\")
include(\"${CMAKE_SOURCE_DIR}/cmake/install_internal_headers.cmake\")" COMPONENT development)
install(EXPORT syncfeedTargets NAMESPACE syncfeed:: DESTINATION ${SYNCFEED_PACKAGE_DIR} COMPONENT development)
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/syncfeedConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/syncfeedConfig.cmake INSTALL_DESTINATION ${SYNCFEED_PACKAGE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/syncfeedConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/syncfeedConfig.cmake ${CMAKE_BINARY_DIR}/syncfeedConfigVersion.cmake
        DESTINATION ${SYNCFEED_PACKAGE_DIR} COMPONENT development)
