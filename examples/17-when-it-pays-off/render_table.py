"""Print book/results/bench_parallel.json (written by bench_parallel.py --full) as a table."""

import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "book" / "results" / "bench_parallel.json"
COLUMNS = {
    "threads": "threads",
    "fork_pool": "fresh fork Pool",
    "spawn_pool": "fresh spawn Pool",
    "warm_pool": "warm Pool",
}

data = json.loads(RESULTS.read_text(encoding="utf-8"))
rows = data["rows"]
tasks, workers = data["settings"]["tasks"], data["settings"]["workers"]


def speedup(row, name):
    return row["seconds"]["serial"] / row["seconds"][name]


def pays_off_from(name):
    """The smallest task size from which this way beats serial at every larger size too
    (bench_parallel.py works it out and records it in the results file)."""
    ms = data["derived"].get(f"{name}_pays_off_ms")
    return f"{ms:g} ms" if ms is not None else "never here"


# ANCHOR: table
print(f"| work per task | {tasks} tasks, serial | " + " | ".join(COLUMNS.values()) + " |")
print("|---:|---:|" + "---:|" * len(COLUMNS))
for row in rows:
    cells = [f"{speedup(row, name):.2g}×" for name in COLUMNS]
    serial_ms = row["seconds"]["serial"] * 1000
    print(f"| {row['task_ms']:g} ms | {serial_ms:.3g} ms | " + " | ".join(cells) + " |")
print("| **pays off from** | | " + " | ".join(pays_off_from(n) for n in COLUMNS) + " |")
# ANCHOR_END: table
m, c = data["machine"], data["conditions"]
print()
print(
    f"Speedup over serial (higher is better), best of {data['settings']['repeats']} runs,"
    f" {workers} workers, {m['library']} library. Measured on {m['cpu']} ({m['cores']} cores),"
    f" {m['implementation']} {m['python']}, {m['system']}, {m['date'][:10]}, load average"
    f" {c['load_before'][0]:.2f} at the start" + (" (a busy machine)." if c["busy"] else ".")
)
