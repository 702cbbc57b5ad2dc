# Which Pythons and platforms pip would install the wheel on: pip's own tag matching,
# asked for interpreters and machines this one is not (pip download --python-version/--platform).
set -euo pipefail
dir=build/scratch/wheel-platforms  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
bash examples/40-shipping-a-wheel/_build.sh "$dir/dist" > /dev/null

# ANCHOR: ask
would_install() {  # would_install PYTHON_VERSION PLATFORM
    if python3 -m pip download --quiet --no-deps --no-index --find-links "$dir/dist" \
        --only-binary=:all: --python-version "$1" --platform "$2" --dest "$dir/got" \
        shipped > /dev/null 2>&1; then
        echo "  Python $1 on $2: installs"
    else
        echo "  Python $1 on $2: no matching distribution"
    fi
}
ls "$dir/dist"
for version in 3.11 3.12 3.13 3.14; do would_install "$version" linux_x86_64; done
would_install 3.13 manylinux_2_39_aarch64
would_install 3.13 macosx_14_0_arm64
would_install 3.13 win_amd64
# ANCHOR_END: ask
