"""`examples/registry.toml` and the examples agree: every mask has a reason, a claim that
rests on a masked output is asserted by a line the mask cannot touch, and every deliberate
crash or failed exit is declared."""

import pytest

from bookkit import paths, transcript
from bookkit.examples import RegistryError, by_key, registry


def test_the_registry_is_well_formed():
    try:
        entries = registry()
    except RegistryError as e:
        pytest.fail(f"examples/registry.toml: {e}", pytrace=False)
    examples = by_key()
    problems = [f"{key}: no such example" for key in entries if key not in examples]
    for key, entry in entries.items():
        problems += [
            f"{key}: {m!r} is not a mask" for m in entry.masks if m not in transcript.NORMALISATIONS
        ]
        if entry.page and not (paths.ROOT / entry.page).is_file():
            problems.append(f"{key}: page {entry.page} does not exist")
    assert not problems, "\n".join(problems)


def test_every_mask_has_a_reason_and_no_mask_hides_its_claim():
    problems = []
    for key, example in by_key().items():
        masks = example.entry.masks
        declared = set()
        for expected in example.all_expected():
            name = paths.rel(expected.path)
            for mask in expected.masks:
                declared.add(mask)
                why = masks.get(mask)
                if not why or not why.hides.strip():
                    problems.append(
                        f"{name} declares {mask!r}: add [{key!r}.masks.{mask!r}] to"
                        " examples/registry.toml with `hides` (what varies, and why)"
                    )
                elif why.claim and not why.asserted_by:
                    problems.append(
                        f"{key}: the page claims {why.claim!r} from a masked output; name the"
                        " output line that asserts it (asserted_by)"
                    )
                elif why.asserted_by:
                    shown = "\n".join(
                        transcript.normalise(expected.transcript, expected.directives)
                    )
                    if why.asserted_by not in shown:
                        problems.append(
                            f"{name}: asserted_by {why.asserted_by!r} is not in the output, or"
                            " only inside masked text"
                        )
        if stale := set(masks) - declared:
            problems.append(f"{key}: registry lists masks its outputs do not use: {stale}")
    assert not problems, "\n".join(problems)


def test_deliberate_crashes_and_exits_are_declared():
    problems = []
    for example in by_key().values():
        entry = example.entry
        for expected in example.all_expected():
            crash, status = expected.ending
            name = paths.rel(expected.path)
            if crash != entry.crash:
                problems.append(
                    f"{name} ends with {crash or 'no crash'}, registry says crash = {entry.crash!r}"
                )
            if status != entry.exit:
                problems.append(
                    f"{name} ends with exit status {status}, registry says exit = {entry.exit!r}"
                )
    assert not problems, "\n".join(problems)
