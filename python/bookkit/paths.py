"""Where everything is: the checkout, the book's folders and what builds write."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # python/bookkit/paths.py -> the checkout

BOOK = ROOT / "book"
SUMMARY = BOOK / "SUMMARY.md"
RESULTS = BOOK / "results"
EXAMPLES = ROOT / "examples"
REGISTRY = EXAMPLES / "registry.toml"
EXERCISES = ROOT / "exercises"
CDYLIB = ROOT / "cdylib"
RUST_LIBRARIES = CDYLIB / "target" / "release"  # what `cargo build --release` writes

BUILD = ROOT / "build"  # everything generated; never committed
BUILD_C = BUILD / "c"  # the C twins: build/c/<chapter>/lib<name>.so
BUILD_PYO3 = BUILD / "pyo3"  # chapter 42's extension module: build/pyo3/pyo3_add.abi3.so
BUILD_EXERCISES = BUILD / "exercises"
BUILD_PYTHONS = BUILD / "pythons"  # one venv per interpreter (`just test-pythons`)
BUILD_SCRATCH = BUILD / "scratch"

MDBOOK = ROOT / ".venv" / "bin" / "mdbook"
DATA = Path(__file__).resolve().parent  # files that ship with the package (suppressions)


def rel(path: Path) -> str:
    """A path as the README writes it: relative to the checkout, with forward slashes."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)
