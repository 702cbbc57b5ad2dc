# The ctypes workbook: every command the README, CI and contributors use.
# Run `just` to see this list. Tools come from .venv (created by ./bootstrap); the book's
# machinery is one command, `bookkit` (python/bookkit/), which every recipe calls.

set shell := ["bash", "-euo", "pipefail", "-c"]

venv := justfile_directory() / ".venv/bin"
python := venv / "python"
bookkit := venv / "bookkit"
cargo_dir := justfile_directory() / "cdylib"

# List the recipes
default:
    @{{ just_executable() }} --list --unsorted

# Build the Rust libraries (release) and the C twins of the examples
build:
    {{ bookkit }} build

# Run one chapter's examples and compare with the book: `just run chapter-2` (impl: rust or c)
run chapter impl="rust":
    @{{ bookkit }} run {{ chapter }} --impl {{ impl }}

# List the chapters, numbered as in the book
chapters:
    @{{ bookkit }} chapters

# Rewrite expected outputs from real runs, then show the diff to review (all chapters, or some)
bless *chapters:
    {{ bookkit }} bless {{ chapters }}

# Regenerate the C headers from the Rust sources (cbindgen)
headers:
    cd {{ cargo_dir }} && cargo run --quiet -p headers

# Build the HTML book and print where to open it (it needs no library: outputs are files)
book:
    {{ venv }}/mdbook build
    @echo "The book is at: file://{{ justfile_directory() }}/build/book/index.html"

# Serve the book on http://localhost:3000, rebuilding on every change
serve:
    {{ venv }}/mdbook serve --open

# Formatting and lints: cargo fmt, clippy -D warnings, ruff
lint:
    cd {{ cargo_dir }} && cargo fmt --all --check
    cd {{ cargo_dir }} && cargo clippy --quiet --workspace --all-targets -- -D warnings
    {{ venv }}/ruff check .
    {{ venv }}/ruff format --check .

# The quick tier (about a minute): the tooling's unit tests, the page checks, every example
# against Rust
test-fast:
    {{ bookkit }} build
    {{ python }} -m pytest -m "not slow and not valgrind and not browser and not exercises"
    @echo "just test-fast: all checks passed"

# Everything CI runs: lints, Rust tests, every example against Rust and C, the property and
# memory checks, the exercises, the rendered book in a browser
test: lint
    cd {{ cargo_dir }} && cargo test --quiet --workspace
    {{ bookkit }} build
    {{ python }} -m pytest
    @echo "just test: all checks passed"

# Every example (Rust and C) under every CPython >= 3.11 on this machine, each in its own venv
test-pythons:
    {{ bookkit }} test-pythons

# Remove everything that builds create
clean:
    cd {{ cargo_dir }} && cargo clean
    rm -rf build .pytest_cache .ruff_cache
    rm -rf cdylib/shipped/build cdylib/shipped/python/shipped.egg-info  # setuptools (chapter 40)

# Measure every number the book quotes (~15 min): book/results/, a copy in build/bench-runs/
bench *args: build
    {{ bookkit }} bench {{ args }}

# Compare two `just bench` runs (default: the last two in build/bench-runs/): every quoted number
bench-compare *runs:
    {{ bookkit }} results compare {{ runs }}

# Exercises: every exercise with its status (done / in progress / not started)
[no-exit-message]
exercises:
    @{{ bookkit }} exercises list

# Check your exercise: `just exercise chapter-2` (or an exercise's name; none = the next one)
[no-exit-message]
exercise chapter="next":
    @{{ bookkit }} exercises run {{ chapter }}

# Put an exercise's starter back: `just reset chapter-2` (your version is saved in build/)
[no-exit-message]
reset chapter:
    @{{ bookkit }} exercises reset {{ chapter }}

# Instructors: every exercise's starter fails its checks and every solution passes (+ clippy)
[no-exit-message]
verify-exercises:
    @{{ bookkit }} exercises verify

# Every example under valgrind memcheck (Rust and C): 0 errors, 0 bytes lost in our libraries
memcheck *chapters:
    {{ bookkit }} memcheck {{ chapters }}
