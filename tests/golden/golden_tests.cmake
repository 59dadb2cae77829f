# Golden script tests: include() from the root CMakeLists.txt after setting
# KRAIT_EXE, e.g.
#   set(KRAIT_EXE $<TARGET_FILE:krait>)
#   include(tests/golden/golden_tests.cmake)
# Adds one CTest test "golden/<name>" per tests/golden/<name>.py, which runs
# the interpreter on it and compares with <name>.out (made by generate.sh).
if(NOT DEFINED KRAIT_EXE)
  message(FATAL_ERROR "golden_tests.cmake: set KRAIT_EXE before including it")
endif()

set(KRAIT_GOLDEN_DIR "${CMAKE_CURRENT_LIST_DIR}")
file(GLOB KRAIT_GOLDEN_SCRIPTS CONFIGURE_DEPENDS "${KRAIT_GOLDEN_DIR}/*.py")
list(SORT KRAIT_GOLDEN_SCRIPTS)

# Known failures: one name per line, '#' starts a comment (see known_failures.txt).
set(KRAIT_GOLDEN_KNOWN_FAILURES "")
if(EXISTS "${KRAIT_GOLDEN_DIR}/known_failures.txt")
  file(STRINGS "${KRAIT_GOLDEN_DIR}/known_failures.txt" _known_lines)
  foreach(line IN LISTS _known_lines)
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line)
      list(APPEND KRAIT_GOLDEN_KNOWN_FAILURES "${line}")
    endif()
  endforeach()
endif()

foreach(script IN LISTS KRAIT_GOLDEN_SCRIPTS)
  get_filename_component(name "${script}" NAME_WE)
  add_test(NAME "golden/${name}"
    COMMAND "${CMAKE_COMMAND}"
      "-DKRAIT=${KRAIT_EXE}"
      "-DSCRIPT=${name}.py"
      "-DDIR=${KRAIT_GOLDEN_DIR}"
      -P "${KRAIT_GOLDEN_DIR}/run_golden.cmake")
  set_tests_properties("golden/${name}" PROPERTIES TIMEOUT 60 LABELS golden)
  if(name IN_LIST KRAIT_GOLDEN_KNOWN_FAILURES)
    set_tests_properties("golden/${name}" PROPERTIES WILL_FAIL TRUE LABELS "golden;known-failure")
  endif()
endforeach()
