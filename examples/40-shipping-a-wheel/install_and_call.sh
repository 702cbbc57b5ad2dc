# Install the wheel into a fresh venv and call it from outside the checkout; then plant an
# ABI mismatch, and follow what the error message says to do.
set -euo pipefail
dir=build/scratch/wheel-install  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
wheel=$(bash examples/40-shipping-a-wheel/_build.sh "$dir/dist")
call="$PWD/examples/40-shipping-a-wheel/_call.py"
export CHECKOUT=$PWD

# ANCHOR: install
python3 -m venv "$dir/venv"  # a fresh venv: nothing in it but pip
venv=$PWD/$dir/venv
"$venv/bin/python" -m pip install --quiet --no-index "$wheel"  # the file: no index, no network
# ANCHOR_END: install

# ANCHOR: run
cd "$(mktemp -d)"  # a folder outside the checkout: only the venv can provide `shipped`
trap 'rm -rf "$PWD"' EXIT
echo "the venv's python, in an empty folder:"
"$venv/bin/python" "$call" --where
# ANCHOR_END: run

# ANCHOR: plant
echo "plant a mismatch: the installed wrapper now expects ABI version 2"
init=$("$venv/bin/python" -c 'import shipped; print(shipped.__file__)')
sed -i 's/^ABI_VERSION = 1$/ABI_VERSION = 2/' "$init"
rm -rf "$(dirname "$init")/__pycache__"  # the byte code pip compiled from the unedited file
"$venv/bin/python" "$call"
# ANCHOR_END: plant

# ANCHOR: fix
echo "do what the message says (from the wheel's folder: shipped is on no index):"
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps --no-index \
    --find-links "$CHECKOUT/$dir/dist" shipped==0.1.0
"$venv/bin/python" "$call"
# ANCHOR_END: fix
