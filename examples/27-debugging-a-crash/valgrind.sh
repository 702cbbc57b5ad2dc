# The third tool: valgrind's memcheck flags every read or free of memory that is not yours,
# including the ones that did not crash.
# ANCHOR: setup
set -uo pipefail
python=$(python3 -c 'import sys; print(sys.executable)')  # the interpreter binary itself
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for script in memory_mistakes memory_fixed; do
    echo "== $script.py under valgrind"
    # ANCHOR_END: setup
    # ANCHOR: run
    PYTHONMALLOC=malloc valgrind --num-callers=8 --log-file="$log" \
        "$python" "examples/27-debugging-a-crash/$script.py" > /dev/null 2>&1
    # ANCHOR_END: run
    # ANCHOR: trim
    # Each error's headline, where the address points, and who allocated that block.
    grep -E "Invalid (read|write|free)|inside a block|Block was alloc'd|: (make|free|sum)_numbers" \
        "$log" |
        sed -E -e 's/^==[0-9]+== +//' -e 's/0x[0-9a-fA-F]+/0x…/g' -e 's/ \(lib\.rs:[0-9]+\)//'
    echo "invalid accesses: $(grep -c 'Invalid' "$log")"
    # ANCHOR_END: trim
# ANCHOR: done
done
# ANCHOR_END: done
