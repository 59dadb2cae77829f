# REPL tests: include() from the root CMakeLists.txt after setting KRAIT_EXE
# (e.g. $<TARGET_FILE:krait>).  Adds a CTest test "repl/<case>" for each name
# in tests/repl/cases.txt; each runs
#   python3 tests/repl/test_repl.py --krait <krait> --case <case>
# which drives krait's interactive prompt through a real terminal (tmux) and
# checks what the screen shows.  tmux is required at test time: without it the
# tests fail (they are not skipped), so CI must install it.
if(NOT DEFINED KRAIT_EXE)
  message(FATAL_ERROR "repl_tests.cmake: set KRAIT_EXE before including it")
endif()

set(KRAIT_REPL_DIR "${CMAKE_CURRENT_LIST_DIR}")

find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  set(KRAIT_REPL_PYTHON "${Python3_EXECUTABLE}")
else()
  # Still add the tests: they fail at run time with a clear error.
  set(KRAIT_REPL_PYTHON python3)
endif()

# Re-run the configure step when the list of cases changes.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  "${KRAIT_REPL_DIR}/cases.txt")
file(STRINGS "${KRAIT_REPL_DIR}/cases.txt" KRAIT_REPL_CASES REGEX "^[A-Za-z0-9_]+$")

foreach(name IN LISTS KRAIT_REPL_CASES)
  add_test(NAME "repl/${name}"
    COMMAND "${KRAIT_REPL_PYTHON}" "${KRAIT_REPL_DIR}/test_repl.py"
      --krait "${KRAIT_EXE}" --case "${name}")
  set_tests_properties("repl/${name}" PROPERTIES TIMEOUT 120 LABELS repl)
endforeach()

# cases.txt and the cases defined in test_repl.py must name the same tests.
add_test(NAME "repl/case_list"
  COMMAND "${KRAIT_REPL_PYTHON}" "${KRAIT_REPL_DIR}/test_repl.py"
    --check-list "${KRAIT_REPL_DIR}/cases.txt")
set_tests_properties("repl/case_list" PROPERTIES TIMEOUT 60 LABELS repl)
