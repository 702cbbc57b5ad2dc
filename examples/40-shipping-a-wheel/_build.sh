# Build the shipped wheel into the folder given as $1 and print the wheel's path
# ($2: the project's folder, cdylib/shipped unless given).
set -euo pipefail
dist=$1
project=${2:-cdylib/shipped}
# ANCHOR: build
# cargo's cache for the wheel's builds, outside cdylib/target (an absolute path: pip runs
# setup.py, and setup.py runs cargo, in cdylib/shipped)
export CARGO_TARGET_DIR="$PWD/build/wheel/target"
# --no-build-isolation: build with the setuptools-rust pinned in requirements.txt (.venv),
# instead of downloading the build requirements into a throwaway environment
python3 -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir "$dist" "$project"
# ANCHOR_END: build
ls "$dist"/shipped-*.whl
