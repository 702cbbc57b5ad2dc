# Does the batch loop use packed SIMD additions? Ask the disassembler, function by function.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p build/simd

# ANCHOR: compile
src=examples/19-batching-and-conversion/batch_ops.c
cc -shared -fPIC -O2 -o build/simd/libbatch_ops_O2.so "$src"
cc -shared -fPIC -O3 -o build/simd/libbatch_ops_O3.so "$src"
# ANCHOR_END: compile

# ANCHOR: inspect
# adds LIBRARY FUNCTION: which add instructions does FUNCTION's body use?
adds() {
    objdump -d --no-show-raw-insn "$1" \
        | awk -v fn="$2" '$2 ~ "<" fn ">:" {on = 1; next} /^$/ {on = 0} on' \
        | grep -oE '\bv?add(sd|pd)\b.*' \
        | sed -E 's/^(v?add(sd|pd)).*(%[xy]mm).*/\1 \3/' \
        | sort -u | paste -sd ' '
}
echo "gcc -O2, batch_add_f64:  $(adds build/simd/libbatch_ops_O2.so batch_add_f64)"
echo "gcc -O3, batch_add_f64:  $(adds build/simd/libbatch_ops_O3.so batch_add_f64)"
rust=cdylib/target/release/libbatch_ops.so
avx2=$(nm "$rust" | grep -oE '_ZN9batch_ops8add_avx2\w*' | head -1)
echo "Rust, add_slices (SSE2): $(adds "$rust" batch_add_f64)"
echo "Rust, add_avx2:          $(adds "$rust" "$avx2")"
# ANCHOR_END: inspect
