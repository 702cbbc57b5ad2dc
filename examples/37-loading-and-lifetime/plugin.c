/* A plugin: it calls its host's host_scale, but is not linked against the host library.
   Built by rtld_global.sh, first as it is (the symbol stays undefined until load time),
   then linked against libplugin_host.so. */

// ANCHOR: plugin
long host_scale(int x); /* the host's function: declared here, defined in the host */

long plugin_run(int x) { return host_scale(x) + 1; }
// ANCHOR_END: plugin
