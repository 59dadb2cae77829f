# Runs "<KRAIT> --virtual-time <SCRIPT>" and compares its stdout with <EXPECTED>; the exit
# status must be 0.
execute_process(
  COMMAND "${KRAIT}" --virtual-time "${SCRIPT}"
  INPUT_FILE /dev/null
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT 55)
file(READ "${EXPECTED}" expected)
if(NOT "${rc}" STREQUAL "0")
  message(FATAL_ERROR "exit status ${rc}\n${err}")
endif()
if(NOT "${out}" STREQUAL "${expected}")
  message(FATAL_ERROR "stdout differs\n--- expected\n${expected}--- actual\n${out}--- stderr\n${err}")
endif()
