# Installing syncfeed where CI runs: `cmake --install BUILD --prefix P` puts the
# binary, the XSD and the docs under P; `cpack -G DEB` (run in BUILD) makes a
# Debian package of the same, so that a CI image gets syncfeed with one command:
#   apt-get install ./syncfeed_<version>_<arch>.deb
include(GNUInstallDirs)

# Where users find syncfeed (SARIF's tool.driver.informationUri, the package's
# Homepage). Empty until the project has a public home: then both are left out.
set(SYNCFEED_HOMEPAGE "" CACHE STRING "The project's public URL, e.g. https://github.com/OWNER/syncfeed")
if(SYNCFEED_HOMEPAGE)
  target_compile_definitions(syncfeed PRIVATE SYNCFEED_HOMEPAGE="${SYNCFEED_HOMEPAGE}")
  set(CPACK_PACKAGE_HOMEPAGE_URL ${SYNCFEED_HOMEPAGE})
endif()

install(TARGETS syncfeed RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/xsd/syncfeed.xsd DESTINATION ${CMAKE_INSTALL_DATADIR}/syncfeed)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

set(CPACK_PACKAGE_NAME syncfeed)
set(CPACK_PACKAGE_VENDOR "syncfeed")
set(CPACK_PACKAGE_CONTACT "syncfeed maintainers <syncfeed@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "lint, simulate, format, diff and generate MiniCRM webshop XML sync feeds")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # syncfeed_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# The shared libraries the binary links (Xerces-C, fmt, toml++, SQLite, Boost)
# become the package's dependencies, as dpkg-shlibdeps finds them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
