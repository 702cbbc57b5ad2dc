# What ctypes.util.find_library finds, with and without LD_LIBRARY_PATH.
# ANCHOR: setup
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# ANCHOR_END: setup

# ANCHOR: build
# One folder with two libraries: the Rust library (cargo gives it no SONAME) and a C
# library built with a SONAME, the name the loader and find_library go by.
cp cdylib/target/release/libpitfalls.so "$dir/"
gcc -shared -fPIC -Wl,-soname,libsoname_demo.so -o "$dir/libsoname_demo.so" \
    examples/02-your-first-call/clibrary.c
count=$(readelf -d "$dir/libpitfalls.so" | grep -c SONAME || true)
echo "libpitfalls.so:    $count SONAME entries"
echo "libsoname_demo.so: $(readelf -d "$dir/libsoname_demo.so" | grep -o 'soname: .*')"
# ANCHOR_END: build

# ANCHOR: run
echo "== without LD_LIBRARY_PATH"
python3 examples/22-loading-failures/_find_library.py
echo "== with LD_LIBRARY_PATH set to that folder"
LD_LIBRARY_PATH="$dir" python3 examples/22-loading-failures/_find_library.py
# ANCHOR_END: run
