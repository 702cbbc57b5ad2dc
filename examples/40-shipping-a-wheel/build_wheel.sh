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
