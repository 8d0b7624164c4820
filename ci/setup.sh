#!/usr/bin/env bash
# Installs what building and testing Tern needs, when it is missing. Idempotent; prints
# what it installs. Run as root on Debian 12 (CI and fresh machines are).
set -euo pipefail

say() { echo "ci/setup: $*" >&2; }

# Rust components used by the test command.
if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
    if command -v rustup >/dev/null 2>&1; then
        say "installing rustfmt and clippy with rustup"
        rustup component add rustfmt clippy >&2
    else
        say "warning: rustfmt/clippy missing and no rustup to install them"
    fi
fi

# Debian packages: python3 regenerates expected outputs and runs the peers.
need=()
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
    say "installing Debian packages: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
fi
