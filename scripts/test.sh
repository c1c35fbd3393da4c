#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Bostøtte with warnings as errors and runs every test:
# formatting, the full suite, and the core suite again under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

echo "== formatting (clang-format)"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run -Werror

echo "== build (warnings are errors)"
cmake -S . -B build-ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBOSTOTTE_WERROR=ON
cmake --build build-ci -j "$jobs"

echo "== tests"
ctest --test-dir build-ci --output-on-failure -j "$jobs" --timeout 300

echo "== packaging (.deb)"
(cd build-ci && cpack -G DEB >/dev/null && ls -1 ./*.deb)

echo "== core tests with AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBOSTOTTE_WERROR=ON \
    -DBOSTOTTE_SANITIZE=ON -DBOSTOTTE_BUILD_UI=OFF
cmake --build build-asan -j "$jobs" --target core_tests cli_tests bostotte-cli
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 600
