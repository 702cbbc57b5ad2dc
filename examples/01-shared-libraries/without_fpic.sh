# Link the same file as a shared library without and with -fPIC.
set -uo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# ANCHOR: without
gcc -shared -o "$out/libcounter.so" examples/01-shared-libraries/counter.c 2>"$out/errors"
echo "without -fPIC: exit status $?"
grep -o "relocation .* recompile with -fPIC" "$out/errors"
# ANCHOR_END: without

# ANCHOR: with
gcc -shared -fPIC -o "$out/libcounter.so" examples/01-shared-libraries/counter.c
echo "with -fPIC:    exit status $?"
# ANCHOR_END: with
