# Installing the syncfeed command where CI runs: `cmake --install BUILD --prefix P`
# puts the binary, its manual page, the XSD and the docs under P (the
# component `tool`, which cmake/debian.cmake packages as the syncfeed .deb).
# The C++ library is cmake/package.cmake's.
include(${CMAKE_CURRENT_LIST_DIR}/install_dirs.cmake)

# Where users find syncfeed (SARIF's tool.driver.informationUri, the package's
# Homepage). Empty until the project has a public home: then both are left out.
set(SYNCFEED_HOMEPAGE "" CACHE STRING "The project's public URL, e.g. https://github.com/OWNER/syncfeed")
if(SYNCFEED_HOMEPAGE)
  target_compile_definitions(syncfeed PRIVATE SYNCFEED_HOMEPAGE="${SYNCFEED_HOMEPAGE}")
endif()
# One line on what syncfeed is: the manual page's NAME, the package's summary.
set(SYNCFEED_SUMMARY "check MiniCRM webshop XML sync feeds before MiniCRM imports them")

install(TARGETS syncfeed RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tool)
install(FILES ${CMAKE_SOURCE_DIR}/xsd/syncfeed.xsd DESTINATION ${CMAKE_INSTALL_DATADIR}/syncfeed COMPONENT tool)

# README.md and docs/ as in the source tree, so that their links work where
# they are installed (cmake/installed_docs.cmake).
set(SYNCFEED_INSTALLED_DOCS ${CMAKE_BINARY_DIR}/installed_docs)
file(GLOB_RECURSE doc_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/*.md)
add_custom_command(OUTPUT ${SYNCFEED_INSTALLED_DOCS}/README.md
                   COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DOUTPUT_DIR=${SYNCFEED_INSTALLED_DOCS}
                           -P ${CMAKE_SOURCE_DIR}/cmake/installed_docs.cmake
                   DEPENDS ${CMAKE_SOURCE_DIR}/README.md ${doc_sources} ${CMAKE_SOURCE_DIR}/cmake/installed_docs.cmake
                   COMMENT "Docs as installed" VERBATIM)
install(DIRECTORY ${SYNCFEED_INSTALLED_DOCS}/ DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT tool)

# syncfeed(1), from the help text of `syncfeed --help` and of each command
# (cmake/man_page.cmake). help2man (Debian's help2man package) is needed to
# build it; without it there is no manual page, and lintian says so.
find_program(HELP2MAN help2man)
set(SYNCFEED_MAN_PAGE ${CMAKE_BINARY_DIR}/man/syncfeed.1.gz)
if(HELP2MAN)
  add_custom_command(OUTPUT ${SYNCFEED_MAN_PAGE}
                     COMMAND ${CMAKE_COMMAND} -DSYNCFEED=$<TARGET_FILE:syncfeed> -DHELP2MAN=${HELP2MAN}
                             "-DNAME=${SYNCFEED_SUMMARY}" -DINCLUDE=${CMAKE_SOURCE_DIR}/packaging/syncfeed.h2m
                             -DCHANGELOG=${CMAKE_SOURCE_DIR}/packaging/changelog -DOUTPUT=${SYNCFEED_MAN_PAGE}
                             -P ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake
                     DEPENDS syncfeed ${CMAKE_SOURCE_DIR}/cmake/man_page.cmake ${CMAKE_SOURCE_DIR}/packaging/syncfeed.h2m
                             ${CMAKE_SOURCE_DIR}/packaging/changelog
                     COMMENT "Manual page syncfeed(1)" VERBATIM)
  install(FILES ${SYNCFEED_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT tool)
else()
  message(WARNING "help2man not found: no manual page (scripts/install-deps installs it)")
  set(SYNCFEED_MAN_PAGE)
endif()

add_custom_target(syncfeed_install_files ALL DEPENDS ${SYNCFEED_INSTALLED_DOCS}/README.md ${SYNCFEED_MAN_PAGE})
