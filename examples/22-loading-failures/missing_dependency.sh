# A library that loads fine on its own folder's terms, except that it needs another one.
# ANCHOR: setup
set -euo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# ANCHOR_END: setup

# ANCHOR: build
# libhelper.so: one function. libuser.so: calls it, so it is linked against libhelper.so.
echo 'int helper(int x) { return 2 * x; }' > "$dir/helper.c"
echo 'int helper(int); int use_helper(int x) { return helper(x) + 1; }' > "$dir/user.c"
gcc -shared -fPIC -Wl,-soname,libhelper.so -o "$dir/libhelper.so" "$dir/helper.c"
gcc -shared -fPIC -o "$dir/libuser.so" "$dir/user.c" -L"$dir" -lhelper
# ANCHOR_END: build

# ANCHOR: fail
echo "load libuser.so by its absolute path:"
python3 examples/22-loading-failures/_load.py "$dir/libuser.so"
# ANCHOR_END: fail

# ANCHOR: ldd
echo "what ldd says:"
ldd "$dir/libuser.so" | grep helper
# ANCHOR_END: ldd

# ANCHOR: too_late
echo "LD_LIBRARY_PATH set inside Python, then load:"
python3 examples/22-loading-failures/_load.py "LD_LIBRARY_PATH=$dir" "$dir/libuser.so"
# ANCHOR_END: too_late

# ANCHOR: fixes
echo "fix 1, LD_LIBRARY_PATH set before Python starts:"
LD_LIBRARY_PATH="$dir" python3 examples/22-loading-failures/_load.py "$dir/libuser.so"
echo "fix 2, load the dependency first, by its path:"
python3 examples/22-loading-failures/_load.py "$dir/libhelper.so" "$dir/libuser.so"
echo "fix 3, link libuser.so with an rpath of \$ORIGIN (its own folder):"
gcc -shared -fPIC -o "$dir/libuser.so" "$dir/user.c" -L"$dir" -lhelper -Wl,-rpath,'$ORIGIN'
python3 examples/22-loading-failures/_load.py "$dir/libuser.so"
# ANCHOR_END: fixes
