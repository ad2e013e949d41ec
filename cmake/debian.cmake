# The Debian packages, from the install components (run `cpack -G DEB` in the
# build folder, or scripts/package, which also runs lintian on them):
#   syncfeed_<version>_<arch>.deb          the command: component `tool` (cmake/install.cmake)
#   libsyncfeed-dev_<version>_<arch>.deb   the C++ library: component `development` (cmake/package.cmake)
# Each carries /usr/share/doc/<package>/copyright (DEP-5) and changelog.gz,
# both from packaging/. A CI image installs the command with
#   apt-get install ./syncfeed_<version>_<arch>.deb
include(${CMAKE_CURRENT_LIST_DIR}/install_dirs.cmake)

# Who answers for the packages (Maintainer). The default is the identity the
# repository's commits are made under; give a reachable address when there is one.
set(SYNCFEED_MAINTAINER "syncfeed maintainers <maintainers@users.noreply.r-seed-59f8b9f0.example>"
    CACHE STRING "The Debian packages' Maintainer: Name <address>")

# The version of the packages is the project's; packaging/changelog must say
# what changed in it (dpkg and lintian read the latest entry as the version).
file(STRINGS ${CMAKE_SOURCE_DIR}/packaging/changelog latest_entry LIMIT_COUNT 1)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog)
if(NOT latest_entry MATCHES "^syncfeed \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog: the latest entry is \"${latest_entry}\", "
                      "not syncfeed (${PROJECT_VERSION}): add an entry for this version")
endif()

# gzip -9n, as Debian compresses changelogs: no file name or time in the header.
set(SYNCFEED_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
# Ninja makes an output's folder; the Makefile generator does not.
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
add_custom_command(OUTPUT ${SYNCFEED_CHANGELOG_GZ}
                   COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/packaging/changelog > ${SYNCFEED_CHANGELOG_GZ}
                   DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog
                   COMMENT "packaging/changelog.gz")
add_custom_target(syncfeed_changelog ALL DEPENDS ${SYNCFEED_CHANGELOG_GZ})

foreach(component_and_package "tool;syncfeed" "development;libsyncfeed-dev")
  list(GET component_and_package 0 component)
  list(GET component_and_package 1 package)
  string(TOUPPER ${component} COMPONENT)
  set(CPACK_DEBIAN_${COMPONENT}_PACKAGE_NAME ${package})
  install(FILES ${CMAKE_SOURCE_DIR}/packaging/copyright ${SYNCFEED_CHANGELOG_GZ}
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_PACKAGE_NAME syncfeed)
set(CPACK_PACKAGE_VENDOR "syncfeed")
set(CPACK_PACKAGE_CONTACT ${SYNCFEED_MAINTAINER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
if(SYNCFEED_HOMEPAGE)
  set(CPACK_PACKAGE_HOMEPAGE_URL ${SYNCFEED_HOMEPAGE})
endif()
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL tool development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # syncfeed_0.1.0_amd64.deb, libsyncfeed-dev_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# Descriptions: the summary line, then the extended description (CPack
# indents it; an empty line becomes " ."; a line that starts with a space is
# shown as it is). Each ends with a newline: CPack strips the last line.
# (No CPACK_PACKAGE_DESCRIPTION_SUMMARY: CPack would put it before both.)
set(CPACK_DEBIAN_TOOL_DESCRIPTION "${SYNCFEED_SUMMARY}
Webshops send their customers and orders to MiniCRM as one XML file, the
XML sync feed. syncfeed checks such a feed before MiniCRM imports it, so
that duplicate cards, orders on the wrong customer and lost fields are found
before a feed generator is deployed.

 * lint: the schema and a catalogue of rules, each finding at file:line:column,
   as text, JSON, SARIF, JUnit or GitHub annotations;
 * plan and apply: a simulation of what MiniCRM does with a feed;
 * fmt and roundtrip: the canonical form of a feed;
 * diff and delta: two revisions compared record by record;
 * gen: seeded random feeds, valid or with chosen defects.
")
set(CPACK_DEBIAN_TOOL_PACKAGE_SECTION devel)
# The shared libraries the binary links (Xerces-C, fmt, toml++, SQLite,
# Boost.Program_options, mimalloc) become its Depends, as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_TOOL_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION "C++ library of syncfeed, the MiniCRM XML sync feed checker
The library behind the syncfeed command, for the developers of webshop feed
generators: read, lint, write the canonical form of, simulate, diff and
generate MiniCRM XML sync feeds from C++, and test a feed generator with
RapidCheck properties over generated shop data.

This package holds the headers (<syncfeed/syncfeed.h>), the static libraries
and the CMake package: find_package(syncfeed) and link syncfeed::syncfeed.
")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
# What find_package(syncfeed) finds for the libraries (cmake/package.cmake).
list(JOIN SYNCFEED_DEV_DEPENDS ", " CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS)

include(CPack)
