# A dependency that can be found in two folders: which one does the loader take, and why?
# ANCHOR: setup
set -euo pipefail
dir=build/scratch/search-order  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir/rpath" "$dir/env"
# ANCHOR_END: setup

# ANCHOR: build
# Two copies of libhelper.so, each saying which folder it is in.
for where in rpath env; do
    echo "const char *where(void) { return \"libhelper.so from $where/\"; }" > "$dir/helper.c"
    gcc -shared -fPIC -Wl,-soname,libhelper.so -o "$dir/$where/libhelper.so" "$dir/helper.c"
done
# libuser.so asks its libhelper.so. Linked twice with the same search folder, $ORIGIN/rpath:
# as DT_RPATH (--disable-new-dtags) and as DT_RUNPATH (--enable-new-dtags, the usual default).
echo 'const char *where(void); const char *which_helper(void) { return where(); }' > "$dir/user.c"
for tag in rpath runpath; do
    dtags=$([ $tag = rpath ] && echo --disable-new-dtags || echo --enable-new-dtags)
    gcc -shared -fPIC -o "$dir/libuser_$tag.so" "$dir/user.c" \
        -L"$dir/rpath" -lhelper -Wl,"$dtags",-rpath,'$ORIGIN/rpath'
done
# ANCHOR_END: build

# ANCHOR: tags
for tag in rpath runpath; do
    echo "libuser_$tag.so: $(readelf -d "$dir/libuser_$tag.so" | grep -oE '\((RPATH|RUNPATH)\).*')"
done
# ANCHOR_END: tags

# ANCHOR: who_wins
echo "without LD_LIBRARY_PATH:"
for tag in rpath runpath; do
    python3 examples/22-loading-failures/_which_helper.py "$dir/libuser_$tag.so"
done
echo "with LD_LIBRARY_PATH=$dir/env:"
for tag in rpath runpath; do
    LD_LIBRARY_PATH="$dir/env" python3 examples/22-loading-failures/_which_helper.py "$dir/libuser_$tag.so"
done
# ANCHOR_END: who_wins

# ANCHOR: trace
# Take both copies away, and let the loader print every place it looks (LD_DEBUG=libs). Each
# "search" line ends with its reason; keep the last folder of each list (the others are
# subfolders for CPU variants), and drop the interpreter's own RPATH/RUNPATH if it has one.
rm "$dir"/rpath/libhelper.so "$dir"/env/libhelper.so
for tag in rpath runpath; do
    echo "where libuser_$tag.so's libhelper.so was looked for, in order:"
    LD_DEBUG=libs LD_LIBRARY_PATH="$dir/env" \
        python3 examples/22-loading-failures/_load.py "$dir/libuser_$tag.so" 2>&1 |
        awk '/find library=libhelper.so/ { on = 1; next }
             /find library=|calling init/ { on = 0 }
             on && /search (path|cache)=/ && !/PATH from file .*python/ {
                 sub(/.*search (path|cache)=/, ""); n = split($0, part, "\t+")
                 folder = part[1]; sub(/.*:/, "", folder); sub(/.*search-order\//, "", folder)
                 why = n > 1 ? " " part[n] : ""; sub(/file .*\//, "file ", why)
                 print "  " (why ~ /system/ ? "the system folders" : folder) why }'
done
# ANCHOR_END: trace
