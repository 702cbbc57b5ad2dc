#ifndef ADD_SAFE_H
#define ADD_SAFE_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: add_safe
// `a + b`, wrapping around on overflow (`INT_MAX + 1` gives `INT_MIN`). A pure function:
// it reads only its arguments, so any number of threads may call it at once.
int add_safe(int a, int b);
// ANCHOR_END: add_safe

#endif  /* ADD_SAFE_H */
