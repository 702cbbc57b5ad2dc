# What the loader reads of a file before it decides: strace shows dlopen's read() calls.
# ANCHOR: setup
set -euo pipefail
dir=build/scratch/first-read  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
# ANCHOR_END: setup

# ANCHOR: make
: > "$dir/libempty.so"                                                # no bytes at all
head -c 63 cdylib/target/release/libpitfalls.so > "$dir/libshort.so"  # one byte short of a header
cp cdylib/target/release/libpitfalls.so "$dir/"                       # a real library
# ANCHOR_END: make

# ANCHOR: trace
# -P: only the system calls on that file; -s 4: show at most 4 bytes of what was read.
for f in libempty.so libshort.so libpitfalls.so; do
    echo "$f:"
    outcome=$(strace -qq -P "$dir/$f" -e trace=openat,read -e signal=none -s 4 -o "$dir/trace" \
        python3 examples/22-loading-failures/_load.py "$dir/$f" 2> /dev/null)
    # the file descriptor's number does not matter: call it fd
    sed -E 's/^(openat.*) += [0-9]+$/\1 = fd/; s/^read\([0-9]+,/read(fd,/; s/ {2,}/ /; s/^/    /' \
        "$dir/trace"
    echo "$outcome"
done
# ANCHOR_END: trace
