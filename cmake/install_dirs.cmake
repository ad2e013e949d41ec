# The install folders (GNUInstallDirs), with Debian's multiarch folder for the
# libraries whatever the prefix. GNUInstallDirs picks lib/<triplet> only when
# configured with the prefix /usr, but the .deb is made from a build
# configured with any prefix (cpack installs it under /usr): so the library
# folder is set here, as debhelper sets it (-DCMAKE_INSTALL_LIBDIR=lib/<triplet>).
# lib/<triplet> is on the linker's and on find_package's search path under
# /usr/local and any other prefix too.
include_guard(GLOBAL)
# Decided once per build folder: a value given with -D is kept. A build folder
# configured before this rule holds GNUInstallDirs' own default, "lib": that
# one is replaced.
if(CMAKE_LIBRARY_ARCHITECTURE AND NOT SYNCFEED_LIBDIR_DECIDED)
  if(NOT DEFINED CMAKE_INSTALL_LIBDIR
     OR (DEFINED _GNUInstallDirs_LAST_CMAKE_INSTALL_PREFIX AND CMAKE_INSTALL_LIBDIR STREQUAL "lib"))
    set(CMAKE_INSTALL_LIBDIR lib/${CMAKE_LIBRARY_ARCHITECTURE} CACHE PATH "Object code libraries (LIBDIR)" FORCE)
  endif()
  set(SYNCFEED_LIBDIR_DECIDED ON CACHE INTERNAL "CMAKE_INSTALL_LIBDIR was decided by cmake/install_dirs.cmake")
endif()
include(GNUInstallDirs)
