#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Bostøtte and opens it on a new demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target bostotte bostotte-cli
exec ./build/app/bostotte --demo "$@"
