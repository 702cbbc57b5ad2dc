# A plugin that needs its host's symbols: loaded after the host in the default mode, after
# the host with RTLD_GLOBAL, and linked against the host.
# ANCHOR: setup
set -euo pipefail
dir=build/scratch/rtld-global  # a scratch folder inside the checkout
rm -rf "$dir" && mkdir -p "$dir"
host=cdylib/target/release/libplugin_host.so  # the Rust host library
load=examples/37-loading-and-lifetime/_plugin.py
# ANCHOR_END: setup

# ANCHOR: build
gcc -shared -fPIC -o "$dir/libplugin.so" examples/37-loading-and-lifetime/plugin.c
echo "libplugin.so uses, without defining it (U):"
nm --dynamic --undefined-only "$dir/libplugin.so" | awk '/host_/ { print "  " $1, $2 }'
echo "the libraries libplugin.so says it needs (NEEDED):"
readelf --dynamic "$dir/libplugin.so" | grep NEEDED || echo "  none"
# ANCHOR_END: build

# ANCHOR: default
echo "load the host, then the plugin:"
python3 "$load" "$host" "$dir/libplugin.so"
# ANCHOR_END: default

# ANCHOR: global
echo "load the host with RTLD_GLOBAL, then the plugin:"
python3 "$load" --global "$host" "$dir/libplugin.so"
echo "the same with the C twin of the host:"
gcc -shared -fPIC -o "$dir/libplugin_host.so" examples/37-loading-and-lifetime/plugin_host.c
python3 "$load" --global "$dir/libplugin_host.so" "$dir/libplugin.so"
# ANCHOR_END: global

# ANCHOR: linked
echo "link the plugin against the host, found in the plugin's own folder (\$ORIGIN):"
cp "$host" "$dir/libplugin_host.so"
gcc -shared -fPIC -o "$dir/libplugin.so" examples/37-loading-and-lifetime/plugin.c \
    -L"$dir" -lplugin_host -Wl,-rpath,'$ORIGIN'
readelf --dynamic "$dir/libplugin.so" | sed -n -E 's/.*\((NEEDED|RUNPATH)\).*\[(.*)\]/  \1 \2/p'
echo "load only the plugin, in the default mode:"
python3 "$load" "$dir/libplugin.so"
# ANCHOR_END: linked
