# Build the same one-function library twice, from C and from Rust, and look inside both.
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# ANCHOR: gcc
gcc -shared -fPIC -o "$out/libclibrary.so" examples/01-shared-libraries/clibrary.c
# ANCHOR_END: gcc
# ANCHOR: cargo
cargo build --release --quiet --manifest-path cdylib/Cargo.toml -p clibrary
# ANCHOR_END: cargo
rust=cdylib/target/release/libclibrary.so

# ANCHOR: inspect
for lib in "$out/libclibrary.so" "$rust"; do
    if [ "$lib" = "$rust" ]; then echo "== $rust (Rust)"; else echo "== libclibrary.so (C)"; fi
    readelf --file-header "$lib" | grep -E '^ *(Class|Type|Machine):'
    echo "exported functions:"
    nm --dynamic --defined-only "$lib" | awk '$2 == "T" { print "  " $3 }'
done
# ANCHOR_END: inspect
