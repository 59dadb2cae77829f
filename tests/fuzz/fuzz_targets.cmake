# libFuzzer targets: included from the root CMakeLists.txt when KRAIT_FUZZ is ON (see
# tests/fuzz/README.md). Only `cmake --build <dir> --target fuzz_compile fuzz_exec` is needed.
find_package(Threads REQUIRED)
foreach(target fuzz_compile fuzz_exec)
  add_executable(${target} ${CMAKE_SOURCE_DIR}/tests/fuzz/${target}.cpp
                           ${CMAKE_SOURCE_DIR}/tests/fuzz/big_stack.h)
  target_link_libraries(${target} PRIVATE krait_core Threads::Threads)
  target_link_options(${target} PRIVATE -fsanitize=fuzzer)
endforeach()
