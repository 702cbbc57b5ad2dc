"""`examples/registry.toml` and the examples agree: every mask has a reason, a claim that
rests on a masked output is asserted by a line the mask cannot touch, and every deliberate
crash or failed exit is declared."""

import re
import tomllib

import runner

REGISTRY = runner.EXAMPLES / "registry.toml"
ENTRY_KEYS = {"page", "masks", "crash", "exit", "leak", "memory_error", "memcheck_skip"}
MASK_KEYS = {"hides", "claim", "asserted_by"}
ENDING = re.compile(r"^\[(?:killed by (?P<signal>SIG\w+)|exit status (?P<status>\d+))\]$")


def registry() -> dict:
    return tomllib.loads(REGISTRY.read_text(encoding="utf-8"))


def by_key():
    return {ex.script.relative_to(runner.EXAMPLES).as_posix(): ex for ex in runner.examples()}


def expected_outputs(example):
    for path in example.expected_files().values():
        if path.is_file():
            yield path, runner.parse_expected(path, example.command)


def test_every_entry_names_an_example_and_known_fields():
    examples = by_key()
    problems = []
    for key, entry in registry().items():
        if key not in examples:
            problems.append(f"{key}: no such example")
        if unknown := set(entry) - ENTRY_KEYS:
            problems.append(f"{key}: unknown fields {sorted(unknown)}")
        for mask, why in entry.get("masks", {}).items():
            if mask not in runner.NORMALISATIONS:
                problems.append(f"{key}: {mask!r} is not a mask")
            if unknown := set(why) - MASK_KEYS:
                problems.append(f"{key}: mask {mask!r}: unknown fields {sorted(unknown)}")
        if "page" in entry and not (runner.ROOT / entry["page"]).is_file():
            problems.append(f"{key}: page {entry['page']} does not exist")
    assert not problems, "\n".join(problems)


def test_every_mask_has_a_reason_and_no_mask_hides_its_claim():
    entries = registry()
    problems = []
    for key, example in by_key().items():
        masks = entries.get(key, {}).get("masks", {})
        declared = set()
        for path, expected in expected_outputs(example):
            name = path.relative_to(runner.ROOT)
            for mask in (d for d in expected.directives if d in runner.NORMALISATIONS):
                declared.add(mask)
                why = masks.get(mask)
                if not why or not why.get("hides", "").strip():
                    problems.append(
                        f"{name} declares {mask!r}: add [{key!r}.masks.{mask!r}] to"
                        " examples/registry.toml with `hides` (what varies, and why)"
                    )
                    continue
                if why.get("claim") and not why.get("asserted_by"):
                    problems.append(
                        f"{key}: the page claims {why['claim']!r} from a masked output; name"
                        " the output line that asserts it (asserted_by)"
                    )
                elif fact := why.get("asserted_by"):
                    shown = "\n".join(runner.normalise(expected.transcript, expected.directives))
                    if fact not in shown:
                        problems.append(
                            f"{name}: asserted_by {fact!r} is not in the output, or only inside"
                            " masked text"
                        )
        if stale := set(masks) - declared:
            problems.append(f"{key}: registry lists masks its outputs do not use: {stale}")
    assert not problems, "\n".join(problems)


def test_deliberate_crashes_and_exits_are_declared():
    entries = registry()
    problems = []
    for key, example in by_key().items():
        entry = entries.get(key, {})
        for path, expected in expected_outputs(example):
            last = expected.transcript.rstrip("\n").rsplit("\n", 1)[-1]
            m = ENDING.match(last)
            crash = m["signal"] if m else None
            status = int(m["status"]) if m and m["status"] else None
            name = path.relative_to(runner.ROOT)
            if crash != entry.get("crash"):
                problems.append(
                    f"{name} ends with {last!r}, registry says crash = {entry.get('crash')!r}"
                )
            if status != entry.get("exit"):
                problems.append(
                    f"{name} ends with {last!r}, registry says exit = {entry.get('exit')!r}"
                )
    assert not problems, "\n".join(problems)
