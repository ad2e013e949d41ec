# Installs the internal headers that the public ones (include/syncfeed/*.h)
# include, directly or not, under include/syncfeed/internal: a user's
# #include <syncfeed/syncfeed.h> compiles, and the parts' other headers stay
# out of the package. Run by `cmake --install` (cmake/package.cmake), so the
# list follows the headers as they are when installed.
# Needs SYNCFEED_SOURCE_DIR and SYNCFEED_INTERNAL_HEADERS_DESTINATION (relative
# to the prefix). The parts include each other as "part/header.h", from the
# source root.
cmake_policy(SET CMP0057 NEW)  # IN_LIST (cmake_install.cmake sets no policies)
file(GLOB todo ${SYNCFEED_SOURCE_DIR}/include/syncfeed/*.h)
set(internal)
while(todo)
  list(POP_FRONT todo header)
  file(STRINGS ${header} includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
  foreach(line IN LISTS includes)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*" "\\1" name "${line}")
    if(name MATCHES "^syncfeed/" OR name IN_LIST internal)
      continue()  # public, or seen
    endif()
    if(NOT EXISTS ${SYNCFEED_SOURCE_DIR}/${name})
      message(FATAL_ERROR "${header} includes \"${name}\", which is not ${SYNCFEED_SOURCE_DIR}/${name}")
    endif()
    list(APPEND internal ${name})
    list(APPEND todo ${SYNCFEED_SOURCE_DIR}/${name})
  endforeach()
endwhile()

list(SORT internal)
foreach(name IN LISTS internal)
  get_filename_component(folder ${name} DIRECTORY)
  file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${SYNCFEED_INTERNAL_HEADERS_DESTINATION}/${folder}" TYPE FILE
       FILES ${SYNCFEED_SOURCE_DIR}/${name})
endforeach()
