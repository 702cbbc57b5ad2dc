# What rustc says about a match arm meant to catch "any other value" of a Rust enum.
# ANCHOR: run
out=$(mktemp -d)  # rustc writes the compiled metadata here, and we throw it away
rustc --edition 2024 --crate-type lib --emit metadata --out-dir "$out" \
    --error-format=short examples/30-enums-and-unions/unreachable_arm.rs 2>&1
rm -rf "$out"
# ANCHOR_END: run
