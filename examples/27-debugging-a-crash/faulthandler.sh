# The first tool: Python's faulthandler prints the Python stack when the process crashes.
# ANCHOR: setup
set -uo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# ANCHOR_END: setup

# ANCHOR: run
python3 -X faulthandler examples/27-debugging-a-crash/crash.py > "$out" 2>&1
status=$?
# ANCHOR_END: run

# ANCHOR: trim
# Keep the lines that matter; the thread id changes on every run.
grep -E '^(summing|Fatal Python error|Current thread|Stack|  File)' "$out" |
    sed -E -e 's/0x[0-9a-f]+/0x…/' -e "s|\"$PWD/|\"|"
echo "python3 was killed by SIG$(kill -l "$status")"
# ANCHOR_END: trim
