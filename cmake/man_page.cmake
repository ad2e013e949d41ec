# Builds syncfeed(1) from the help text the binary prints, so the manual page
# says what `--help` says: help2man turns `syncfeed --help` into the page, and
# each command's `syncfeed COMMAND --help` (the commands are read from the
# "Commands:" list of `--help`) becomes a subsection of COMMAND OPTIONS.
# packaging/syncfeed.h2m adds FILES and SEE ALSO. The page's date is the date
# of the latest packaging/changelog entry, so that the same sources make the
# same page (as dpkg-buildpackage sets SOURCE_DATE_EPOCH).
#   cmake -DSYNCFEED=bin -DHELP2MAN=path -DNAME="..." -DINCLUDE=syncfeed.h2m
#         -DCHANGELOG=changelog -DOUTPUT=syncfeed.1.gz -P man_page.cmake
cmake_minimum_required(VERSION 3.18)
foreach(var SYNCFEED HELP2MAN NAME INCLUDE CHANGELOG OUTPUT)
  if(NOT ${var})
    message(FATAL_ERROR "man_page.cmake needs -D${var}=...")
  endif()
endforeach()

function(help_of out)
  execute_process(COMMAND ${SYNCFEED} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "syncfeed ${ARGN} --help failed (${result})")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff that keeps its layout: backslashes and minus signs escaped,
# no line read as a request.
function(roff_verbatim out text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

help_of(main_help)
string(REGEX MATCH "\nCommands:\n(  [^\n]*\n)+" command_list "${main_help}")
string(REGEX MATCHALL "\n  [a-z]+ " commands "${command_list}")
if(NOT commands)
  message(FATAL_ERROR "no \"Commands:\" list in syncfeed --help")
endif()

set(sections "[COMMAND OPTIONS]\n")
foreach(command ${commands})
  string(STRIP "${command}" command)
  help_of(text ${command})
  roff_verbatim(text "${text}")
  string(APPEND sections ".SS \"syncfeed ${command}\"\n${text}")
endforeach()
file(READ ${INCLUDE} static_sections)
get_filename_component(work ${OUTPUT} DIRECTORY)
file(WRITE ${work}/syncfeed.h2m "${sections}\n${static_sections}")

file(STRINGS ${CHANGELOG} trailer REGEX "^ -- " LIMIT_COUNT 1)
string(REGEX REPLACE "^ -- .*>  " "" date "${trailer}")
execute_process(COMMAND date -u -d "${date}" +%s OUTPUT_VARIABLE epoch OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the latest entry of ${CHANGELOG} has no date: ${trailer}")
endif()

get_filename_component(page ${OUTPUT} NAME_WLE)
execute_process(COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${epoch}
                        ${HELP2MAN} --no-info --section=1 --name=${NAME} --include=${work}/syncfeed.h2m
                        --output=${work}/${page} ${SYNCFEED}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "help2man failed (${result})")
endif()
# Debian's manual pages are gzip -9n: no name or time in the header.
execute_process(COMMAND gzip -9nf ${work}/${page} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "gzip failed (${result})")
endif()
