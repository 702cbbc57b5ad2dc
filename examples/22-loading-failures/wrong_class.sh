# The Linux face of Windows' "WinError 193": a library built for another architecture.
# ANCHOR: setup
set -euo pipefail
dir=build/scratch/wrong-class  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
src=examples/02-your-first-call/clibrary.c
# ANCHOR_END: setup

# ANCHOR: build
gcc -m32 -shared -fPIC -o "$dir/libclibrary32.so" "$src"  # 32-bit x86 (needs gcc-multilib)
gcc -m64 -shared -fPIC -o "$dir/libclibrary64.so" "$src"  # 64-bit x86, like this Python
# ANCHOR_END: build

# ANCHOR: arm
# An ARM64 library, faked: a copy of the 64-bit one with the ELF "machine" field (2 bytes
# at offset 18) set to 183, EM_AARCH64. The loader checks that field before anything else.
cp "$dir/libclibrary64.so" "$dir/libclibrary_arm64.so"
printf '\xb7\x00' | dd of="$dir/libclibrary_arm64.so" bs=1 seek=18 conv=notrunc status=none
# ANCHOR_END: arm

# ANCHOR: load
python3 examples/22-loading-failures/_load.py "$dir"/libclibrary{32,_arm64,64}.so
# ANCHOR_END: load

# ANCHOR: diagnose
python=$(python3 -c 'import os, sys; print(os.path.realpath(sys.executable))')
for f in "$python" "$dir"/libclibrary{32,_arm64,64}.so; do
    if [ "$f" = "$python" ]; then echo "== python3 itself"; else echo "== $(basename "$f")"; fi
    readelf --file-header "$f" | grep -E '^ *(Class|Machine):'
done
# ANCHOR_END: diagnose
