#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Bostøtte with warnings as errors and runs every test:
# formatting, the full suite, the core suite again under AddressSanitizer + UBSan, and a bounded
# libFuzzer run of the sync bundle reader.
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
    -DBOSTOTTE_SANITIZE=ON -DBOSTOTTE_BUILD_UI=OFF -DBOSTOTTE_TEST_POSTGRES=OFF
cmake --build build-asan -j "$jobs" --target core_tests cli_tests bostotte-cli
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" --timeout 600

echo "== fuzzing the sync bundle reader (libFuzzer, 60 s)"
cmake -S tests/fuzz -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++
cmake --build build-fuzz -j "$jobs" --target bundle_fuzzer
# Over a copy of the seed corpus, so the inputs a run finds do not grow the repository.
fuzz_corpus=$(mktemp -d)
trap 'rm -rf "$fuzz_corpus"' EXIT
cp tests/fuzz/corpus/bundle/* "$fuzz_corpus"/
# A crash, a leak, undefined behaviour, a 10 s input or 2 GB of memory fails the script.
build-fuzz/bundle_fuzzer "$fuzz_corpus" -max_total_time=60 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/ -print_final_stats=1
