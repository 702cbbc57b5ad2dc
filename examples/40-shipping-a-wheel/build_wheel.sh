# Build the wheel with pip and setuptools-rust, and list what is inside it.
set -euo pipefail
dist=build/scratch/wheel-build  # a scratch folder inside the checkout
rm -rf "$dist"
wheel=$(bash examples/40-shipping-a-wheel/_build.sh "$dist")

# ANCHOR: contents
echo "the wheel: $(basename "$wheel")"
echo "what it holds:"
python3 -m zipfile -l "$wheel" | awk 'NR > 1 { print "  " $1 }'
# ANCHOR_END: contents

# ANCHOR: defaults
echo "the same setup.py without its two commands (cmdclass), in a copy of the project:"
copy=$dist/defaults
mkdir -p "$copy" && cp -r cdylib/shipped/pyproject.toml cdylib/shipped/python "$copy"
sed -e '/cmdclass=/d' -e "s|path=\"Cargo.toml\"|path=\"$PWD/cdylib/shipped/Cargo.toml\"|" \
    cdylib/shipped/setup.py > "$copy/setup.py"
wheel=$(bash examples/40-shipping-a-wheel/_build.sh "$copy/dist" "$copy")
echo "the wheel: $(basename "$wheel")"
python3 -m zipfile -l "$wheel" | awk '/\.so/ { print "  " $1 }'
# ANCHOR_END: defaults
