#ifndef WRAPPED_H
#define WRAPPED_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Success.
#define WR_OK 0

// A pointer argument is NULL.
#define WR_NULL -1

// No values yet: there is no minimum, maximum or mean.
#define WR_EMPTY -2

// Not a live handle of this kind: freed already, or never handed out as one.
#define WR_NOT_LIVE -3

// A value is NaN, or outside the histogram's range.
#define WR_BAD_VALUE -4

// ANCHOR: Histogram
// Counts in `bins` equal bins over `[lo, hi)`. Opaque.
typedef struct Histogram Histogram;
// ANCHOR_END: Histogram

// ANCHOR: Stats
// A running count, sum, minimum and maximum. Opaque: the header declares it only as
// `typedef struct Stats Stats;`.
typedef struct Stats Stats;
// ANCHOR_END: Stats

// ANCHOR: stats_new
// A new, empty `Stats`. The caller owns it and must give it back to `stats_free`.
Stats *stats_new(void);
// ANCHOR_END: stats_new

// ANCHOR: stats_free
// Frees a `Stats`. Returns `WR_OK`; `WR_NULL` for NULL; `WR_NOT_LIVE`, freeing nothing,
// for a pointer that is not a live `Stats` (freed already, or a `Histogram`).
//
// # Safety
// Any pointer value is accepted: one that is not a live `Stats` is refused before it is
// touched. After `WR_OK` the caller must not use `stats` again.
int stats_free(Stats *stats);
// ANCHOR_END: stats_free

// ANCHOR: stats_push
// Adds one value. Returns `WR_OK`, `WR_NULL`, or `WR_BAD_VALUE` (adding nothing) for NaN.
//
// # Safety
// `stats` must be NULL or a live `Stats` from `stats_new`.
int stats_push(Stats *stats, double value);
// ANCHOR_END: stats_push

// ANCHOR: stats_push_many
// Adds `values[0], ..., values[n - 1]`. Returns `WR_OK`; `WR_NULL` if `stats` is NULL, or
// `values` is NULL and `n` is not 0; `WR_BAD_VALUE`, adding none of them, if one is NaN.
//
// # Safety
// `stats` must be NULL or a live `Stats`; `values` must be NULL or point to `n` doubles.
int stats_push_many(Stats *stats, const double *values, size_t n);
// ANCHOR_END: stats_push_many

// ANCHOR: stats_count
// How many values were added, or -1 (`WR_NULL`) if `stats` is NULL.
//
// # Safety
// `stats` must be NULL or a live `Stats` from `stats_new`.
int64_t stats_count(const Stats *stats);
// ANCHOR_END: stats_count

// ANCHOR: stats_range
// Writes the smallest and the largest value added so far to `*low` and `*high`.
// Returns `WR_OK`; `WR_NULL` if any pointer is NULL; `WR_EMPTY`, writing nothing, if no
// value was added.
//
// # Safety
// `stats` must be NULL or a live `Stats`; `low` and `high` NULL or writable doubles.
int stats_range(const Stats *stats, double *low, double *high);
// ANCHOR_END: stats_range

// ANCHOR: stats_mean
// Writes the mean of the values added so far to `*mean`. Returns `WR_OK`, `WR_NULL`, or
// `WR_EMPTY` (writing nothing) if no value was added.
//
// # Safety
// `stats` must be NULL or a live `Stats`; `mean` NULL or a writable double.
int stats_mean(const Stats *stats, double *mean);
// ANCHOR_END: stats_mean

// ANCHOR: hist_new
// A new `Histogram` of `bins` equal bins over `[lo, hi)`, or NULL if `bins` is 0 or more
// than 1 000 000, or the range is empty or not finite. Give it back to `hist_free`.
Histogram *hist_new(double lo, double hi, uint32_t bins);
// ANCHOR_END: hist_new

// ANCHOR: hist_free
// Frees a `Histogram`: `WR_OK`, `WR_NULL`, or `WR_NOT_LIVE` (freeing nothing) for a
// pointer that is not a live `Histogram`.
//
// # Safety
// Any pointer value is accepted: one that is not a live `Histogram` is refused before it
// is touched. After `WR_OK` the caller must not use `hist` again.
int hist_free(Histogram *hist);
// ANCHOR_END: hist_free

// ANCHOR: hist_add
// Counts `value` in its bin. Returns `WR_OK`, `WR_NULL`, or `WR_BAD_VALUE` for a value
// outside `[lo, hi)` (or NaN).
//
// # Safety
// `hist` must be NULL or a live `Histogram` from `hist_new`.
int hist_add(Histogram *hist, double value);
// ANCHOR_END: hist_add

// ANCHOR: hist_bin
// The count in bin `bin`, or -1 (`WR_NULL`) if `hist` is NULL, or -4 (`WR_BAD_VALUE`) if
// there is no such bin.
//
// # Safety
// `hist` must be NULL or a live `Histogram` from `hist_new`.
int64_t hist_bin(const Histogram *hist, uint32_t bin);
// ANCHOR_END: hist_bin

// ANCHOR: handles_live
// How many handles (of both kinds) are live: handed out and not freed.
int64_t handles_live(void);
// ANCHOR_END: handles_live

// ANCHOR: handles_freed
// How many handles the free functions have freed.
int64_t handles_freed(void);
// ANCHOR_END: handles_freed

// ANCHOR: frees_refused
// How many times a free function was given a pointer that was not a live handle of its
// kind, and refused it (a C library without a registry would have freed it again).
int64_t frees_refused(void);
// ANCHOR_END: frees_refused

#endif  /* WRAPPED_H */
