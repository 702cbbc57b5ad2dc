# What the wheel promises (its tag), what auditwheel says it can promise, and what the
# library inside it asks of the system that loads it (readelf, objdump).
set -euo pipefail
dir=build/scratch/wheel-inspect  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
wheel=$(bash examples/40-shipping-a-wheel/_build.sh "$dir/dist")
python3 -m zipfile -e "$wheel" "$dir/unpacked"
lib=$dir/unpacked/shipped/libshipped.so

# ANCHOR: tag
echo "the tag in the wheel's name and in its WHEEL file:"
basename "$wheel"
grep '^Tag:' "$dir/unpacked/shipped-0.1.0.dist-info/WHEEL"
# ANCHOR_END: tag

# ANCHOR: machine
echo "the library is machine code for one processor, in one operating system's format:"
readelf --file-header "$lib" | grep -E '^ *(Class|Machine):'
# ANCHOR_END: machine

# ANCHOR: dynamic
echo "what it asks the dynamic loader for (NEEDED, SONAME, RPATH, RUNPATH):"
readelf --dynamic "$lib" | sed -n -E 's/.*\((NEEDED|SONAME|RPATH|RUNPATH)\).*\[(.*)\]/  \1 \2/p'
readelf --dynamic "$lib" | grep -q SONAME || echo "  no SONAME"
readelf --dynamic "$lib" | grep -qE 'RPATH|RUNPATH' || echo "  no RPATH or RUNPATH"
# ANCHOR_END: dynamic

# ANCHOR: glibc
echo "the newest glibc its symbols need, and which ones:"
objdump --dynamic-syms "$lib" | grep -oE 'GLIBC_2\.[0-9]+' | sort -uV | tail -1
objdump --dynamic-syms "$lib" | awk '/GLIBC_2\.34/ { print "  " $NF }' | sort
# ANCHOR_END: glibc

# ANCHOR: auditwheel
echo "auditwheel show (PYTHONHASHSEED=0: it prints Python sets, in hash order):"
PYTHONHASHSEED=0 auditwheel show "$wheel" 2>/dev/null
# ANCHOR_END: auditwheel

# ANCHOR: repair
echo "auditwheel repair: the same wheel, under the tag it earned:"
auditwheel repair --wheel-dir "$dir/repaired" "$wheel" 2>/dev/null
ls "$dir/repaired"
python3 -m zipfile -e "$dir"/repaired/*.whl "$dir/repaired/unpacked"
cmp --quiet "$lib" "$dir/repaired/unpacked/shipped/libshipped.so" && echo "  its libshipped.so is byte for byte the same: nothing to bundle, nothing to patch"
# ANCHOR_END: repair
