#!/bin/sh
# Builds the libFuzzer targets with clang and runs each briefly (default 60 s) on the seed corpus.
# Usage: tests/fuzz/run-fuzzers.sh [seconds]   (from the repository root; build dir: build-fuzz/)
set -eu
SECONDS_PER_TARGET=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build-fuzz"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      -DINFRADECK_FUZZ=ON -DINFRADECK_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j2 --target FuzzSopsStores FuzzAgeHeader
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r "$ROOT/tests/fuzz/corpus/sops" "$WORK/sops"; cp -r "$ROOT/tests/fuzz/corpus/age" "$WORK/age"
# Seed with the small fixtures every build has (a leading byte selects the store, see FuzzSopsStores.cpp).
for f in "$ROOT"/tests/data/secrets/*.yaml; do { printf '\000'; cat "$f"; } > "$WORK/sops/$(basename "$f")"; done
for f in "$ROOT"/tests/data/secrets/*.json; do { printf '\001'; cat "$f"; } > "$WORK/sops/$(basename "$f")"; done
for f in "$ROOT"/tests/data/secrets/*.env;  do { printf '\002'; cat "$f"; } > "$WORK/sops/$(basename "$f")"; done
for f in "$ROOT"/tests/data/secrets/*.ini;  do { printf '\003'; cat "$f"; } > "$WORK/sops/$(basename "$f")"; done
"$BUILD/tests/fuzz/FuzzSopsStores" -seed=1 -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -rss_limit_mb=2048 "$WORK/sops"
"$BUILD/tests/fuzz/FuzzAgeHeader" -seed=1 -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -rss_limit_mb=2048 "$WORK/age"
