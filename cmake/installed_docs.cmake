# The Markdown that `cmake --install` and the syncfeed .deb put under
# share/doc/syncfeed: README.md and docs/ in the layout of the source tree,
# so that the links between them work where they are installed. A link to a
# file that is not installed (examples/, corpus/, ...) would be dead there: it
# becomes the link's text and says that the file is in the source tree.
#   cmake -DSOURCE_DIR=... -DOUTPUT_DIR=... -P installed_docs.cmake
cmake_minimum_required(VERSION 3.20)  # cmake_path, IN_LIST
foreach(var SOURCE_DIR OUTPUT_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "installed_docs.cmake needs -D${var}=...")
  endif()
endforeach()

file(GLOB_RECURSE docs RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/docs/*.md)
set(installed README.md ${docs})

# `text` if `target` (relative to the folder of `file`) is installed, else
# the text that replaces the link.
function(link_replacement out file text target)
  string(REGEX REPLACE "#.*" "" path "${target}")
  get_filename_component(folder ${file} DIRECTORY)
  cmake_path(APPEND folder ${path} OUTPUT_VARIABLE resolved)
  cmake_path(NORMAL_PATH resolved)
  string(REGEX REPLACE "/$" "" resolved "${resolved}")
  set(folder_installed FALSE)  # a folder that holds installed files, e.g. docs/rules/
  foreach(file_installed IN LISTS installed)
    string(FIND "${file_installed}" "${resolved}/" at)
    if(at EQUAL 0)
      set(folder_installed TRUE)
    endif()
  endforeach()
  if(resolved IN_LIST installed OR folder_installed OR path STREQUAL "")
    set(${out} "" PARENT_SCOPE)
  elseif(text STREQUAL target OR text STREQUAL resolved OR text STREQUAL "`${resolved}`")
    set(${out} "`${resolved}` (in syncfeed's source tree)" PARENT_SCOPE)
  else()
    set(${out} "${text} (`${resolved}` in syncfeed's source tree)" PARENT_SCOPE)
  endif()
endfunction()

file(REMOVE_RECURSE ${OUTPUT_DIR})
foreach(file ${installed})
  file(READ ${SOURCE_DIR}/${file} text)
  string(REGEX MATCHALL "\\[[^]\n]*\\]\\([^) \n]+\\)" links "${text}")
  list(REMOVE_DUPLICATES links)
  foreach(link ${links})
    string(REGEX MATCH "^\\[([^]\n]*)\\]\\(([^) \n]+)\\)$" parts "${link}")
    set(link_text "${CMAKE_MATCH_1}")
    set(target "${CMAKE_MATCH_2}")
    if(target MATCHES "^[a-z]+:")  # https:, mailto:
      continue()
    endif()
    link_replacement(replacement ${file} "${link_text}" "${target}")
    if(replacement)
      string(REPLACE "${link}" "${replacement}" text "${text}")
    endif()
  endforeach()
  file(WRITE ${OUTPUT_DIR}/${file} "${text}")
endforeach()
