# How often does batch_add_f64 ask the CPU whether it has AVX2? gdb counts, without stopping.
# ANCHOR: setup
set -euo pipefail
python=$(python3 -c 'import sys; print(sys.executable)')  # the interpreter binary itself
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# ANCHOR_END: setup

# ANCHOR: run
# Two breakpoints that count their hits but never stop (each is ignored a million times):
# the exported function, and the function of Rust's std that runs `cpuid` and fills the cache.
gdb --quiet --batch -ex 'set breakpoint pending on' \
    -ex 'break batch_add_f64' -ex 'ignore 1 1000000' \
    -ex 'break std_detect::detect::cache::detect_and_initialize' -ex 'ignore 2 1000000' \
    -ex run -ex 'info breakpoints' \
    --args "$python" examples/19-batching-and-conversion/_add_many.py > "$log" 2>&1
# ANCHOR_END: run

# ANCHOR: count
grep -E '^1000 calls' "$log"
# "N breakpoint keep y ADDRESS in FUNCTION at FILE:LINE", then "breakpoint already hit K times"
awk '/^[0-9]+ +breakpoint/ { name = $0; sub(/.* in /, "", name); sub(/ at .*/, "", name) }
     /already hit/ { print name ": entered " $4 " time" ($4 == 1 ? "" : "s") }' "$log"
# ANCHOR_END: count
