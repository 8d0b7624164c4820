#!/usr/bin/env bash
# Prepares fuzzing: installs cargo-fuzz when it is missing and seeds each target's
# corpus from the differential test programs (tests/programs/**/*.py) and the kept
# regression inputs. Idempotent. See README.md for how to run the targets.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
say() { echo "fuzz/setup: $*" >&2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz from crates.io"
    cargo install cargo-fuzz --locked
fi

for target in compile interp; do
    dir="$here/corpus/$target"
    mkdir -p "$dir"
    n=0
    while IFS= read -r -d '' f; do
        # Content-addressed names, as libFuzzer names its own corpus files.
        cp -n "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)" 2>/dev/null || true
        n=$((n + 1))
    done < <(find "$root/tests/programs" "$here/regressions" -type f \
                  \( -name '*.py' -o -path '*/regressions/*' \) -print0 2>/dev/null)
    say "corpus/$target: $(ls "$dir" | wc -l) files ($n seeds offered)"
done
