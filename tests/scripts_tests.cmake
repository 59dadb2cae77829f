# The runnable scripts of scripts/ (the founding document's examples): one CTest test each.
# A script with <name>.out must print exactly that (stdout); a script with <name>.check.py
# (random delays) is run by its checker, under CPython, for several seeds whose drawn delays
# imply one exact output. Both run Krait with --virtual-time, so the sleeps cost nothing.
set(KRAIT_SCRIPTS_DIR "${CMAKE_SOURCE_DIR}/scripts")
file(GLOB krait_scripts CONFIGURE_DEPENDS "${KRAIT_SCRIPTS_DIR}/*.py")
list(SORT krait_scripts)
find_program(KRAIT_PYTHON3 python3 REQUIRED)
foreach(script IN LISTS krait_scripts)
  get_filename_component(name "${script}" NAME_WE)
  if(name MATCHES "\\.check$" OR "${script}" MATCHES "\\.check\\.py$")
    continue()
  endif()
  if(EXISTS "${KRAIT_SCRIPTS_DIR}/${name}.out")
    add_test(NAME "scripts/${name}"
      COMMAND "${CMAKE_COMMAND}" "-DKRAIT=${KRAIT_EXE}" "-DSCRIPT=${script}"
              "-DEXPECTED=${KRAIT_SCRIPTS_DIR}/${name}.out"
              -P "${CMAKE_SOURCE_DIR}/tests/run_script.cmake")
    set_tests_properties("scripts/${name}" PROPERTIES TIMEOUT 60 LABELS scripts)
  elseif(EXISTS "${KRAIT_SCRIPTS_DIR}/${name}.check.py")
    add_test(NAME "scripts/${name}"
      COMMAND "${KRAIT_PYTHON3}" "${KRAIT_SCRIPTS_DIR}/${name}.check.py"
              --run "${KRAIT_EXE} --virtual-time" --seeds 5)
    set_tests_properties("scripts/${name}" PROPERTIES TIMEOUT 120 LABELS scripts)
  endif()
endforeach()
