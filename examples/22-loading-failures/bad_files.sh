# Files that are not shared libraries, given to ctypes.CDLL anyway.
# ANCHOR: setup
set -euo pipefail
dir=build/scratch/bad-files  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
# ANCHOR_END: setup

# ANCHOR: make
: > "$dir/libempty.so"                                      # an empty file
cp examples/22-loading-failures/_load.py "$dir/libtext.so"  # a text file
mkdir "$dir/libfolder.so"                                   # a directory
cp cdylib/target/release/libpitfalls.so "$dir/"             # a real library
# ANCHOR_END: make

# ANCHOR: load
python3 examples/22-loading-failures/_load.py "$dir"/lib*.so
# ANCHOR_END: load

# ANCHOR: magic
for f in libtext.so libpitfalls.so; do
    printf '%-15s starts with: ' "$f"; head -c 4 "$dir/$f" | od -An -c | tr -s ' '
done
# ANCHOR_END: magic
