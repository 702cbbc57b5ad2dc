# Compile packed_reference.rs, which takes references to a packed field. It must fail.
set -uo pipefail
# ANCHOR: build
out=build/scratch/packed_reference
mkdir -p "$out"
rustc --edition 2024 --crate-type lib --emit metadata --out-dir "$out" \
    examples/31-byte-layouts/packed_reference.rs 2>&1 |
    grep -E '^(error|\s+--> )' # keep the error lines and where they point
echo "rustc exit status: ${PIPESTATUS[0]}"
# ANCHOR_END: build
