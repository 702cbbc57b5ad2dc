"""Every example in the book, run against the Rust library and its C twin, vs the book."""

import pytest

import runner

CASES = [(ex, variant) for ex in runner.examples() for variant in ex.variants()]


@pytest.fixture(scope="session")
def built():
    runner.build_rust()
    runner.build_c()


@pytest.mark.parametrize(("example", "variant"), CASES, ids=[ex.test_id(v) for ex, v in CASES])
def test_example_matches_the_book(built, example, variant):
    outcome = runner.check(example, variant)
    if outcome.skipped:
        pytest.skip(outcome.message)
    if not outcome.ok:
        pytest.fail(outcome.message, pytrace=False)


def test_every_example_runs_somewhere():
    orphans = [ex.rel for ex in runner.examples() if not ex.variants()]
    assert not orphans, f"these load a library with neither a Rust crate nor a C twin: {orphans}"
