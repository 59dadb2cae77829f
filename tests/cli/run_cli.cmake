# Run one CLI test case (see generate.sh for the .case format).
#
#   cmake -DKRAIT=<krait> -DCASE=<name> -DDIR=<tests/cli> -P run_cli.cmake
#
# Runs "<KRAIT> ARGS..." in DIR with the case's stdin and compares with
# expected/<name>.out after normalising the absolute path of DIR to "$DIR"
# and the program name at the start of a line to "$PROG".
cmake_minimum_required(VERSION 3.16)

foreach(var KRAIT CASE DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run_cli.cmake: -D${var}=... is required")
  endif()
endforeach()
get_filename_component(DIR "${DIR}" ABSOLUTE)
set(case_file "${DIR}/cases/${CASE}.case")
if(NOT EXISTS "${case_file}")
  message(FATAL_ERROR "no such case: ${case_file}")
endif()

# ---- parse the case file ------------------------------------------------
string(ASCII 1 SEMI)
string(ASCII 2 LBR)
string(ASCII 3 RBR)
string(ASCII 4 BSL)
file(READ "${case_file}" text)
string(REPLACE "\\" "${BSL}" text "${text}")
string(REPLACE ";" "${SEMI}" text "${text}")
string(REPLACE "[" "${LBR}" text "${text}")
string(REPLACE "]" "${RBR}" text "${text}")
string(REPLACE "\n" ";" lines "${text}")

set(mode exact)
set(stdin_file /dev/null)
set(args "")
foreach(line IN LISTS lines)
  if("${line}" STREQUAL "" OR "${line}" MATCHES "^#")
    continue()
  endif()
  string(FIND "${line}" " " sp)
  if(sp EQUAL -1)
    set(key "${line}")
    set(val "")
  else()
    string(SUBSTRING "${line}" 0 ${sp} key)
    math(EXPR vstart "${sp} + 1")
    string(SUBSTRING "${line}" ${vstart} -1 val)
  endif()
  string(REPLACE "${BSL}" "\\" val "${val}")
  if(key STREQUAL "mode")
    set(mode "${val}")
  elseif(key STREQUAL "stdin")
    set(stdin_file "${DIR}/${val}")
  elseif(key STREQUAL "arg")
    if("${val}" MATCHES "[${SEMI}${LBR}${RBR}]")
      message(FATAL_ERROR "${case_file}: ';', '[' and ']' are not allowed in args")
    endif()
    string(REPLACE "@NL@" "\n" val "${val}")
    list(APPEND args "${val}")
  else()
    message(FATAL_ERROR "${case_file}: unknown directive '${key}'")
  endif()
endforeach()

# ---- run -----------------------------------------------------------------
set(ENV{PYTHONHASHSEED} 0)
set(ENV{PYTHONDONTWRITEBYTECODE} 1)
set(ENV{PYTHONIOENCODING} utf-8)
unset(ENV{PYTHONSTARTUP})
unset(ENV{PYTHONPATH})

execute_process(
  COMMAND "${KRAIT}" ${args}
  WORKING_DIRECTORY "${DIR}"
  INPUT_FILE "${stdin_file}"
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT 50)

if(mode STREQUAL "version")
  if(NOT "${rc}" STREQUAL "0" OR NOT "${out}" MATCHES "^Krait [0-9]+\\.[0-9]+\\.[0-9]+")
    message(FATAL_ERROR "cli/${CASE}: expected a line 'Krait X.Y.Z' and exit 0, got exit ${rc}\n"
      "stdout:\n${out}\nstderr:\n${err}")
  endif()
  return()
endif()

set(actual "")
if(mode STREQUAL "exact")
  if(NOT "${out}" STREQUAL "")
    string(APPEND actual "${out}")
    if(NOT "${out}" MATCHES "\n$")
      string(APPEND actual "\n")
    endif()
  endif()
  if(NOT "${err}" STREQUAL "" OR NOT "${rc}" STREQUAL "0")
    string(APPEND actual "--- stderr ---\n")
    if(NOT "${err}" STREQUAL "")
      string(APPEND actual "${err}")
      if(NOT "${err}" MATCHES "\n$")
        string(APPEND actual "\n")
      endif()
    endif()
  endif()
elseif(NOT mode STREQUAL "exitcode")
  message(FATAL_ERROR "${case_file}: unknown mode '${mode}'")
endif()
string(APPEND actual "--- exit ${rc} ---\n")

# Normalise paths and the program name.
get_filename_component(real_dir "${DIR}" REALPATH)
string(REPLACE "${DIR}/" "$DIR/" actual "${actual}")
string(REPLACE "${real_dir}/" "$DIR/" actual "${actual}")
get_filename_component(prog_name "${KRAIT}" NAME)
set(actual "\n${actual}")
foreach(p "${KRAIT}" "${prog_name}" krait python3 python)
  string(REPLACE "\n${p}: " "\n$PROG: " actual "${actual}")
endforeach()
string(SUBSTRING "${actual}" 1 -1 actual)

file(READ "${DIR}/expected/${CASE}.out" expected)
if(NOT "${actual}" STREQUAL "${expected}")
  message(NOTICE "cli/${CASE}: command: ${KRAIT} ${args}\n"
    "===== expected (expected/${CASE}.out) =====\n${expected}"
    "===== actual =====\n${actual}")
  message(FATAL_ERROR "cli/${CASE}: output differs from expected/${CASE}.out (see above)")
endif()
