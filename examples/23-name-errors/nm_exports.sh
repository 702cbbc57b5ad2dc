# Which names does a shared library export? Ask nm, not Python.
# ANCHOR: setup
set -euo pipefail
rust=cdylib/target/release/libpitfalls.so
c=$(mktemp -d)/libpitfalls.so
trap 'rm -rf "$(dirname "$c")"' EXIT
gcc -shared -fPIC -O2 -o "$c" examples/23-name-errors/pitfalls.c
# ANCHOR_END: setup

# ANCHOR: exports
echo "== exported by the Rust library (nm -D: the dynamic symbol table)"
nm -D --defined-only "$rust" | awk '$2 == "T" { print "  " $3 }'
# ANCHOR_END: exports

# ANCHOR: anywhere
echo "== symbols named like 'forgotten' anywhere in the Rust library (nm -C: all, demangled)"
echo "  $(nm -C "$rust" | grep -c forgotten || true) found"
# ANCHOR_END: anywhere

# ANCHOR: c
echo "== the C twin: in the file (nm) but not exported (nm -D)"
echo "  nm:    $(nm "$c" | grep forgotten_export | cut -d' ' -f2-)"
echo "  nm -D: $(nm -D --defined-only "$c" | grep -c forgotten_export || true) found"
# ANCHOR_END: c
