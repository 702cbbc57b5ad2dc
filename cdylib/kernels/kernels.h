#ifndef KERNELS_H
#define KERNELS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Returned when a pointer argument is NULL while `n > 0`.
#define ERR_NULL -1

// Returned when the output array overlaps an input array.
#define ERR_OVERLAP -2

// Returned when `n` elements would not fit in the address space.
#define ERR_TOO_LONG -3

// ANCHOR: fused_f64
// `out[i] = a[i]*a[i] + 2*a[i]*b[i] + b[i]*b[i]` for `i` in `0..n`, in one pass over
// memory, on `threads` threads (0: one per core). Returns 0, or `ERR_NULL`,
// `ERR_OVERLAP`, `ERR_TOO_LONG`.
//
// # Safety
// `a` and `b` must point to `n` readable doubles and `out` to `n` writable doubles.
int fused_f64(const double *a, const double *b, double *out, size_t n, size_t threads);
// ANCHOR_END: fused_f64

// ANCHOR: mandelbrot
// For each point `c = re[i] + im[i]·j`, the number of iterations of `z = z² + c`
// (from `z = 0`) before `|z| > 2`, or `max_iter` if it never escapes; on `threads`
// threads (0: one per core). Returns 0, or `ERR_NULL`, `ERR_OVERLAP`, `ERR_TOO_LONG`.
//
// # Safety
// `re` and `im` must point to `n` readable doubles and `out` to `n` writable `uint32_t`.
int mandelbrot(const double *re,
               const double *im,
               uint32_t *out,
               size_t n,
               uint32_t max_iter,
               size_t threads);
// ANCHOR_END: mandelbrot

#endif  /* KERNELS_H */
