#ifndef PLUGIN_HOST_H
#define PLUGIN_HOST_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: host_scale
// `10 * x`: the service the host offers its plugins. Counts its calls (`host_calls`).
long host_scale(int x);
// ANCHOR_END: host_scale

// ANCHOR: host_calls
// How many times `host_scale` has been called in this process, through any name.
long host_calls(void);
// ANCHOR_END: host_calls

#endif  /* PLUGIN_HOST_H */
