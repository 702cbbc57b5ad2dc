# Build the same one-function library twice, from C and from Rust, and look inside both.
set -euo pipefail
out=$(mktemp -d) # a scratch folder for the C library, removed on exit
trap 'rm -rf "$out"' EXIT

gcc -shared -fPIC -o "$out/libclibrary.so" examples/01-shared-libraries/clibrary.c
cargo build --release --quiet --manifest-path cdylib/Cargo.toml -p clibrary
rust=cdylib/target/release/libclibrary.so # where cargo puts the Rust library

for lib in "$out/libclibrary.so" "$rust"; do
    if [ "$lib" = "$rust" ]; then echo "== $rust (Rust)"; else echo "== libclibrary.so (C)"; fi
    readelf --file-header "$lib" | grep -E '^ *(Class|Type|Machine):'
    echo "exported functions:"
    nm --dynamic --defined-only "$lib" | awk '$2 == "T" { print "  " $3 }'
done
