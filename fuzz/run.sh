#!/usr/bin/env bash
# Runs one fuzz target: fuzz/run.sh TARGET [SECONDS] [more libFuzzer flags...]
#
# TARGET is compile or interp; SECONDS defaults to 1800 (the 30-minute run). libFuzzer
# runs in fork mode and keeps going after a crash, a timeout or an out-of-memory
# (each is saved under artifacts/TARGET/); the exec count is on the last "#N:" line
# of its output. Each fork-mode job writes the target's own output (tracebacks of the
# fuzzed programs) to its log file, not to the terminal. The build is the stable
# toolchain's: --sanitizer none (see README.md). Paths are absolute because the interp
# target runs fuzzed programs in a scratch directory.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${1:?usage: fuzz/run.sh compile|interp [SECONDS] [libFuzzer flags...]}
secs=${2:-1800}
shift $(( $# >= 2 ? 2 : 1 ))
bash "$here/setup.sh"
mkdir -p "$here/artifacts/$target"
cd "$here"
exec cargo fuzz run --sanitizer none \
    --target-dir "${CARGO_TARGET_DIR:-$here/../target}/fuzz" \
    "$target" "$here/corpus/$target" -- \
    -dict="$here/python.dict" -max_len=4096 -max_total_time="$secs" \
    -timeout=10 -rss_limit_mb=4096 \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -artifact_prefix="$here/artifacts/$target/" "$@"
