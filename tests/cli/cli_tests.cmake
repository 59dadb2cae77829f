# CLI tests: include() from the root CMakeLists.txt after setting KRAIT_EXE
# (e.g. $<TARGET_FILE:krait>).  Adds a CTest test "cli/<case>" for each
# tests/cli/cases/<case>.case.  Expected outputs are stored in
# tests/cli/expected/ (made by tests/cli/generate.sh with CPython), so CPython
# is not needed at test time.
if(NOT DEFINED KRAIT_EXE)
  message(FATAL_ERROR "cli_tests.cmake: set KRAIT_EXE before including it")
endif()

set(KRAIT_CLI_DIR "${CMAKE_CURRENT_LIST_DIR}")
file(GLOB KRAIT_CLI_CASES CONFIGURE_DEPENDS "${KRAIT_CLI_DIR}/cases/*.case")
list(SORT KRAIT_CLI_CASES)

foreach(case_file IN LISTS KRAIT_CLI_CASES)
  get_filename_component(name "${case_file}" NAME_WE)
  add_test(NAME "cli/${name}"
    COMMAND "${CMAKE_COMMAND}"
      "-DKRAIT=${KRAIT_EXE}"
      "-DCASE=${name}"
      "-DDIR=${KRAIT_CLI_DIR}"
      -P "${KRAIT_CLI_DIR}/run_cli.cmake")
  set_tests_properties("cli/${name}" PROPERTIES TIMEOUT 60 LABELS cli)
endforeach()
