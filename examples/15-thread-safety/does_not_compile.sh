# Build shared_counter/, three racy counters written in safe Rust. The build must fail.
set -uo pipefail
# ANCHOR: copy
crate=examples/15-thread-safety/shared_counter

# cargo writes Cargo.lock next to Cargo.toml, so build a copy and leave this folder as it is.
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cp -r "$crate"/. "$copy"
# ANCHOR_END: copy

# ANCHOR: build
CARGO_TARGET_DIR=build/shared_counter cargo build --quiet --manifest-path "$copy/Cargo.toml" 2>&1 |
    grep -E '^(error|\s+--> src/)' # keep the error lines and where they point
echo "cargo build exit status: ${PIPESTATUS[0]}"
# ANCHOR_END: build
