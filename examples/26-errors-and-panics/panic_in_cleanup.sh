# A second panic while the first one unwinds: the process aborts, inside catch_unwind or not.
# ANCHOR: run
set -uo pipefail
unset RUST_BACKTRACE           # no backtrace: just the messages
err=$(mktemp)
trap 'rm -f "$err"' EXIT
python3 examples/26-errors-and-panics/_panic_in_cleanup.py 2> "$err"
status=$?
grep -E "^(first|second) panic|^panic in a|^thread caused" "$err"
# ANCHOR_END: run

# ANCHOR: status
if [ "$status" -gt 128 ]; then
    echo "python3 exited with status $status = 128 + $((status - 128)): SIG$(kill -l "$status")"
    rm -f "$err"
    kill -s "$(kill -l "$status")" $$  # die of the same signal as python3 did
fi
echo "python3 exited with status $status"
# ANCHOR_END: status
