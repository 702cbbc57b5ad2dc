# What a Rust panic at the FFI boundary writes to stderr, and what the process dies of.
# ANCHOR: setup
set -uo pipefail
unset RUST_BACKTRACE           # no backtrace: just the messages
err=$(mktemp)
trap 'rm -f "$err"' EXIT
# ANCHOR_END: setup

# ANCHOR: run
python3 examples/26-errors-and-panics/panic_abort.py > /dev/null 2> "$err"
status=$?
# ANCHOR_END: run

# ANCHOR: messages
grep -E "panicked at panics/|^attempt to|^panic in a|^thread caused" "$err" |
    sed -E 's/ \([0-9]+\) panicked/ panicked/'  # newer Rust adds the thread id: drop it
# ANCHOR_END: messages

# ANCHOR: status
if [ "$status" -gt 128 ]; then
    echo "python3 exited with status $status = 128 + $((status - 128)): SIG$(kill -l "$status")"
    rm -f "$err"
    kill -s "$(kill -l "$status")" $$  # die of the same signal as python3 did
fi
echo "python3 exited with status $status"
# ANCHOR_END: status
