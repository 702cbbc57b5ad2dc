#ifndef SHIPPED_H
#define SHIPPED_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// The version of this library's ABI: the names, signatures and meaning of its functions.
// Bump it whenever a change would make an older wrapper call this library wrongly.
#define SHIPPED_ABI_VERSION 1

// Success: `*out` holds the mean.
#define SHIPPED_OK 0

// `values` or `out` is NULL.
#define SHIPPED_NULL -1

// `len` is 0: an empty array has no mean.
#define SHIPPED_EMPTY -2

// ANCHOR: shipped_abi_version
// The ABI version this library was built with, [`SHIPPED_ABI_VERSION`]. The wrapper calls
// it first, with no arguments, so that it can be called safely whatever else has changed.
uint32_t shipped_abi_version(void);
// ANCHOR_END: shipped_abi_version

// ANCHOR: shipped_mean
// Writes the mean of `values[0..len]` to `*out` and returns [`SHIPPED_OK`]; returns
// [`SHIPPED_NULL`] or [`SHIPPED_EMPTY`] (and leaves `*out` alone) otherwise.
//
// # Safety
// `values` must point to `len` readable doubles and `out` to one writable double (or be NULL).
int shipped_mean(const double *values, size_t len, double *out);
// ANCHOR_END: shipped_mean

#endif  /* SHIPPED_H */
