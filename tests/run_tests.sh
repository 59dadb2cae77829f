#!/usr/bin/env bash
# Builds Krait twice (release, and AddressSanitizer + UndefinedBehaviorSanitizer) with warnings as
# errors, and runs the whole CTest suite (unit tests, golden script tests, CLI tests) in both.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DKRAIT_WERROR=ON >/dev/null
cmake --build build/release -j"$jobs"
(cd build/release && ctest -j"$jobs" --output-on-failure)

cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON -DKRAIT_WERROR=ON \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
cmake --build build/asan -j"$jobs"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build/asan && ctest -j"$jobs" --output-on-failure)
