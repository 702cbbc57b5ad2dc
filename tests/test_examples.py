"""Every example in the book, run against the Rust library and its C twin, vs the book.

The runs against the Rust libraries are the quick tier (`just test-fast`); the C twins are
marked slow."""

import pytest

from bookkit import build
from bookkit.examples import examples
from bookkit.runner import check

CASES = [
    pytest.param(
        ex, variant, id=ex.test_id(variant), marks=[pytest.mark.slow] if variant == "c" else []
    )
    for ex in examples()
    for variant in ex.variants()
]


@pytest.fixture(scope="session")
def built():
    build.everything()


@pytest.mark.parametrize(("example", "variant"), CASES)
def test_example_matches_the_book(built, example, variant):
    outcome = check(example, variant)
    if outcome.skipped:
        pytest.skip(outcome.message)
    if not outcome.ok:
        pytest.fail(outcome.message, pytrace=False)


def test_every_example_runs_somewhere():
    orphans = [ex.rel for ex in examples() if not ex.variants()]
    assert not orphans, f"these load a library with neither a Rust crate nor a C twin: {orphans}"
