/* The C twin of cdylib/plugin_host: the functions chapter 37's plugin calls. */
#include <stdatomic.h>

static atomic_long calls;

// ANCHOR: host_scale
long host_scale(int x) {
    atomic_fetch_add(&calls, 1);
    return 10L * x; /* a long holds 10 * any int on 64-bit Linux: no overflow */
}

long host_calls(void) { return atomic_load(&calls); }
// ANCHOR_END: host_scale
