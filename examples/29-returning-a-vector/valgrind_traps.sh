# The len/capacity mistakes under valgrind's memcheck: which of them it can see.
# ANCHOR: setup
set -uo pipefail
python=$(python3 -c 'import sys; print(sys.executable)')  # the interpreter binary itself
log=$(mktemp)
trap 'rm -f "$log"' EXIT

for script in wrong_capacity swapped_sizes; do
    echo "== $script.py under valgrind"
    # ANCHOR_END: setup
    # ANCHOR: run
    PYTHONMALLOC=malloc valgrind --num-callers=6 --log-file="$log" \
        "$python" "examples/29-returning-a-vector/$script.py" > /dev/null 2>&1
    # ANCHOR_END: run
    # ANCHOR: report
    # Each error whose stack passes through a function of vec_traps (evens_...), once: its
    # headline and that function. CPython's own reports are not counted.
    awk '/^==[0-9]+== [A-Z]/ { headline = substr($0, index($0, " ") + 1) }
         /^==[0-9]+== +(at|by) .*: evens_/ { sub(/.*: /, ""); sub(/ \(.*/, "");
                                              print headline "\n   in " $0 }' "$log" |
        awk 'NR % 2 { h = $0; next } !seen[h $0]++ { print h; print }'
    if ! grep -q ": evens_" "$log"; then
        echo "no error in vec_traps"
    fi
    # ANCHOR_END: report
# ANCHOR: done
done
# ANCHOR_END: done
