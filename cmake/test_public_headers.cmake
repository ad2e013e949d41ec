# The ctest `public_headers_alone`: installs this build's library (component
# `development`) to a temporary prefix, then compiles, with that prefix's
# include folder as the only include path of ours, one translation unit per
# public header that includes it alone, and one that includes
# <syncfeed/syncfeed.h>. A public header that includes a header of the parts
# ("feed/model.h"), or one that needs another included first, fails it.
#   cmake -DBUILD_DIR=... -DWORK_DIR=... -DCXX=... -P test_public_headers.cmake
foreach(var BUILD_DIR WORK_DIR CXX)
  if(NOT ${var})
    message(FATAL_ERROR "test_public_headers.cmake needs -D${var}=...")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK_DIR}/prefix --component development
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${result})")
endif()

file(GLOB headers RELATIVE ${WORK_DIR}/prefix/include ${WORK_DIR}/prefix/include/syncfeed/*.h)
list(LENGTH headers count)
if(count LESS 8)
  message(FATAL_ERROR "only ${count} public headers installed: ${headers}")
endif()
set(failed)
foreach(header IN LISTS headers)
  string(MAKE_C_IDENTIFIER ${header} name)
  set(unit ${WORK_DIR}/${name}.cpp)
  file(WRITE ${unit} "#include <${header}>\nint main() { return 0; }\n")
  execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only -Wall -Wextra -Werror -I ${WORK_DIR}/prefix/include ${unit}
                  RESULT_VARIABLE result ERROR_VARIABLE errors)
  if(NOT result EQUAL 0)
    message("<${header}> alone does not compile:\n${errors}")
    list(APPEND failed ${header})
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "public headers that do not compile alone: ${failed}")
endif()
message("${count} public headers compile alone with only ${WORK_DIR}/prefix/include")
