# Golden script tests: include() from the root CMakeLists.txt after setting
# KRAIT_EXE, e.g.
#   set(KRAIT_EXE $<TARGET_FILE:krait>)
#   include(tests/golden/golden_tests.cmake)
# Adds one CTest test "golden/<name>" per tests/golden/<name>.py, which runs
# the interpreter on it and compares with <name>.out (made by generate.sh).
if(NOT DEFINED KRAIT_EXE)
  message(FATAL_ERROR "golden_tests.cmake: set KRAIT_EXE before including it")
endif()

# krait_golden_dir(<label> <dir> <args>): one test "<label>/<name>" per <dir>/<name>.py, run
# with <args> before the script; <dir>/known_failures.txt lists the expected failures.
function(krait_golden_dir label dir args)
  file(GLOB scripts CONFIGURE_DEPENDS "${dir}/*.py")
  list(SORT scripts)
  # Known failures: one name per line, '#' starts a comment (see known_failures.txt).
  set(known "")
  if(EXISTS "${dir}/known_failures.txt")
    file(STRINGS "${dir}/known_failures.txt" _known_lines)
    foreach(line IN LISTS _known_lines)
      string(REGEX REPLACE "#.*$" "" line "${line}")
      string(STRIP "${line}" line)
      if(line)
        list(APPEND known "${line}")
      endif()
    endforeach()
  endif()
  foreach(script IN LISTS scripts)
    get_filename_component(name "${script}" NAME_WE)
    add_test(NAME "${label}/${name}"
      COMMAND "${CMAKE_COMMAND}"
        "-DKRAIT=${KRAIT_EXE}"
        "-DKRAIT_ARGS=${args}"
        "-DSCRIPT=${name}.py"
        "-DDIR=${dir}"
        -P "${KRAIT_GOLDEN_RUNNER}")
    set_tests_properties("${label}/${name}" PROPERTIES TIMEOUT 60 LABELS ${label})
    if(name IN_LIST known)
      set_tests_properties("${label}/${name}" PROPERTIES WILL_FAIL TRUE LABELS "${label};known-failure")
    endif()
  endforeach()
endfunction()

set(KRAIT_GOLDEN_RUNNER "${CMAKE_CURRENT_LIST_DIR}/run_golden.cmake")
krait_golden_dir(golden "${CMAKE_CURRENT_LIST_DIR}" "")
# The asyncio tests run under virtual time: sleeps cost nothing and timings are exact.
krait_golden_dir(golden_async "${CMAKE_CURRENT_LIST_DIR}/../golden_async" "--virtual-time")
