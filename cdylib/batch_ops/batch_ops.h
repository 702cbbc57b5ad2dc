#ifndef BATCH_OPS_H
#define BATCH_OPS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Returned when a pointer argument is NULL.
#define ERR_NULL -1

// Returned when the caller's buffer is too small for the result.
#define ERR_TOO_SMALL -2

// Returned when the comparator was not a consistent ordering and the sort gave up.
#define ERR_BAD_COMPARATOR -3

// ANCHOR: add_i32
// Adds two C ints, wrapping on overflow: the smallest useful call, to time the
// call itself.
int add_i32(int a, int b);
// ANCHOR_END: add_i32

// ANCHOR: add_f64
// Adds two doubles: the function a per-element Python loop calls N times.
double add_f64(double a, double b);
// ANCHOR_END: add_f64

// ANCHOR: batch_add_f64
// `out[i] = a[i] + b[i]` for `i` in `0..n`: the same work in one call.
// Returns 0, or `ERR_NULL` if a pointer is NULL while `n > 0`.
//
// # Safety
// `a` and `b` must point to `n` readable doubles and `out` to `n` writable
// doubles; `out` must not overlap `a` or `b` (pass a third array, as
// `np.add(a, b, out=c)` would).
int batch_add_f64(const double *a, const double *b, double *out, size_t n);
// ANCHOR_END: batch_add_f64

// ANCHOR: increment
// Adds one to `*value` in place. Returns 0, or `ERR_NULL` for a NULL pointer.
//
// # Safety
// `value` must be NULL or point to a writable `int`.
int increment(int *value);
// ANCHOR_END: increment

// ANCHOR: format_value
// Writes `value` in decimal, NUL-terminated, into the caller's buffer of `size`
// bytes. Returns the number of characters written (without the NUL), `ERR_NULL`
// for a NULL buffer, or `ERR_TOO_SMALL` (writing nothing) if the text and its NUL
// do not fit.
//
// # Safety
// `buf` must be NULL or point to `size` writable bytes.
int format_value(long value, char *buf, size_t size);
// ANCHOR_END: format_value

// ANCHOR: compare_f64
// The native comparator for doubles, `qsort`-style: negative, zero or positive as
// `*a` is below, equal to or above `*b`. Pass it where `sort_f64_with` wants a
// comparator. Returns 0 if either pointer is NULL.
//
// # Safety
// `a` and `b` must each be NULL or point to a readable double.
int compare_f64(const double *a, const double *b);
// ANCHOR_END: compare_f64

// ANCHOR: sort_f64_with
// Sorts `data[0..n]` in place, asking `compare` (a `qsort`-style comparator, which
// may be a Python function wrapped by ctypes) for every comparison. Returns 0,
// `ERR_NULL` for a NULL array (with `n > 0`) or comparator, or
// `ERR_BAD_COMPARATOR` if the comparator is not a consistent order (the sort
// stops; the array then holds the same values in some order).
//
// # Safety
// `data` must point to `n` writable doubles; `compare` must be safe to call with
// two pointers into that array.
int sort_f64_with(double *data, size_t n, int (*compare)(const double*, const double*));
// ANCHOR_END: sort_f64_with

// ANCHOR: sort_f64
// Sorts `data[0..n]` in place with Rust's own comparison: no function pointer at
// all. Returns 0, or `ERR_NULL` for a NULL array with `n > 0`.
//
// # Safety
// `data` must point to `n` writable doubles.
int sort_f64(double *data, size_t n);
// ANCHOR_END: sort_f64

// ANCHOR: new_doubles
// Allocates `n` doubles, each set to `value`, for the caller to own. Returns NULL
// if `n` is 0 or the memory is not available. Give it back with
// `free_doubles(ptr, n)`.
double *new_doubles(size_t n, double value);
// ANCHOR_END: new_doubles

// ANCHOR: free_doubles
// Frees what `new_doubles(n, ...)` returned. NULL is ignored.
//
// # Safety
// `ptr` must be NULL or come from `new_doubles` with the same `n`, and not be
// freed yet.
void free_doubles(double *ptr, size_t n);
// ANCHOR_END: free_doubles

// ANCHOR: busy_work
// Spins for `iterations` steps of a pseudo-random sequence and returns where it
// ended: CPU work with no memory traffic, for the thread benchmarks.
uint64_t busy_work(uint64_t iterations);
// ANCHOR_END: busy_work

#endif  /* BATCH_OPS_H */
