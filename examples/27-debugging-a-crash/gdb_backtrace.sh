# The second tool: gdb shows the native stack, down to the line in the library's source.
# ANCHOR: setup
set -uo pipefail
python=$(python3 -c 'import sys; print(sys.executable)')  # the interpreter binary itself
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# ANCHOR_END: setup

# ANCHOR: run
gdb --quiet --batch -ex run -ex backtrace -ex 'print $_siginfo._sifields._sigfault.si_addr' \
    --args "$python" examples/27-debugging-a-crash/crash.py > "$log" 2>&1
# ANCHOR_END: run

# ANCHOR: trim
# The signal, the innermost frame (function at file:line), and the address it tried to read.
grep -E '^Program received signal' "$log"
grep -E '^#0 ' "$log" | sed -E 's/^#0 +(0x[0-9a-f]+ in )?/#0 /'
grep -E '^\$1 = ' "$log" | sed -E 's/^\$1 = .*(0x[0-9a-f]+)$/faulting address: \1/'
# ANCHOR_END: trim
