# syncfeed as a C++ library: `cmake --install BUILD --prefix P` (the component
# `development`, which cmake/debian.cmake packages as libsyncfeed-dev), then in
# a project of one's own:
#   find_package(syncfeed REQUIRED)   # with P in CMAKE_PREFIX_PATH
#   target_link_libraries(app PRIVATE syncfeed::syncfeed)
#   #include <syncfeed/syncfeed.h>
# The public headers are include/syncfeed/*.h (docs/api.md): they declare the
# whole surface and include no header of the parts, so only they are
# installed. syncfeed::syncfeed is the library of api/, which adapts them to
# the parts; the parts' static libraries come along as link-only dependencies.
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

file(GLOB api_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/api/*.cpp)
add_library(syncfeed_api STATIC ${api_sources})
set_target_properties(syncfeed_api PROPERTIES EXPORT_NAME syncfeed)
target_include_directories(syncfeed_api PUBLIC $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>
                                               $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
                                        PRIVATE ${CMAKE_SOURCE_DIR})
target_link_libraries(syncfeed_api PUBLIC rapidcheck PRIVATE ${SYNCFEED_LIBRARIES})  # arbitrary.h is RapidCheck's
add_library(syncfeed::syncfeed ALIAS syncfeed_api)

# The parts include each other as "feed/model.h" and the public headers as
# "syncfeed/model.h", in the build tree only: none of their headers is
# installed. (syncfeed_module gives the folders as plain paths, which an
# exported target may not carry.)
foreach(library ${SYNCFEED_LIBRARIES})
  set_property(TARGET ${library} PROPERTY INTERFACE_INCLUDE_DIRECTORIES
               $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}> $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>)
endforeach()

install(TARGETS syncfeed_api ${SYNCFEED_LIBRARIES} EXPORT syncfeedTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/include/syncfeed DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT development)
install(EXPORT syncfeedTargets NAMESPACE syncfeed:: DESTINATION ${SYNCFEED_PACKAGE_DIR} COMPONENT development)
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/syncfeedConfig.cmake.in
                              ${CMAKE_BINARY_DIR}/syncfeedConfig.cmake INSTALL_DESTINATION ${SYNCFEED_PACKAGE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/syncfeedConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/syncfeedConfig.cmake ${CMAKE_BINARY_DIR}/syncfeedConfigVersion.cmake
        DESTINATION ${SYNCFEED_PACKAGE_DIR} COMPONENT development)
