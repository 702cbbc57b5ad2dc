import resource
import subprocess
import sys
from pathlib import Path

# ANCHOR: parent
CHILD = Path(__file__).with_name("_join.py")
TIMEOUT = 5  # seconds; the CDLL run takes a fraction of one


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the children waited for so far
    return usage.ru_utime + usage.ru_stime


for loader in ("PyDLL", "CDLL"):
    print(f"{loader}:")
    cpu_before = cpu_of_children()
    command = [sys.executable, "-u", str(CHILD), loader]  # -u: nothing waits in a buffer
    try:
        child = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        print(child.stdout + f"  the child exited with status {child.returncode}")
    except subprocess.TimeoutExpired as stuck:
        printed = stuck.stdout.decode() if isinstance(stuck.stdout, bytes) else stuck.stdout
        print(f"{printed}  no progress after {TIMEOUT} s: the child was killed")
        cpu = cpu_of_children() - cpu_before
        print(f"  it used {cpu:.2f} s of CPU: waiting, not working: {cpu < TIMEOUT / 10}")
# ANCHOR_END: parent
