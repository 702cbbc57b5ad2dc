#ifndef SHAPES_H
#define SHAPES_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: Accumulator
// A running mean. Not `#[repr(C)]`: its fields are Rust's business, and the header
// declares it only as `typedef struct Accumulator Accumulator;` (an opaque type).
typedef struct Accumulator Accumulator;
// ANCHOR_END: Accumulator

// ANCHOR: Point
// A point in the plane, laid out exactly like the C struct `{ double x; double y; }`.
typedef struct {
  double x;
  double y;
} Point;
// ANCHOR_END: Point

// ANCHOR: Sample
// Three fields of different sizes: C inserts padding so that `value` is 8-byte aligned.
typedef struct {
  uint8_t flag;
  double value;
  int16_t id;
} Sample;
// ANCHOR_END: Sample

// ANCHOR: point_distance
// The distance between two points, both passed by value (copied into the call).
double point_distance(Point a, Point b);
// ANCHOR_END: point_distance

// ANCHOR: point_midpoint
// The point halfway between `a` and `b`, returned by value.
Point point_midpoint(Point a, Point b);
// ANCHOR_END: point_midpoint

// ANCHOR: point_scale
// Multiplies both coordinates of `*p` by `factor`, in place. Returns 0, or -1 if `p` is NULL.
//
// # Safety
// `p` must be NULL or point to a writable `Point`.
int point_scale(Point *p, double factor);
// ANCHOR_END: point_scale

// ANCHOR: polygon_perimeter
// The perimeter of the closed polygon `points[0], ..., points[n - 1]`. Returns 0 for
// fewer than two points, and NaN if `points` is NULL and `n` is not 0.
//
// # Safety
// `points` must be NULL or point to `n` readable `Point`s.
double polygon_perimeter(const Point *points, size_t n);
// ANCHOR_END: polygon_perimeter

// ANCHOR: sample_size
// The layout Rust (and C) chose: `sizeof(Sample)`.
size_t sample_size(void);
// ANCHOR_END: sample_size

// ANCHOR: sample_value_offset
// `offsetof(Sample, value)`.
size_t sample_value_offset(void);
// ANCHOR_END: sample_value_offset

// ANCHOR: sample_id_offset
// `offsetof(Sample, id)`.
size_t sample_id_offset(void);
// ANCHOR_END: sample_id_offset

// ANCHOR: sample_make
// A `Sample`, returned by value.
Sample sample_make(uint8_t flag, double value, int16_t id);
// ANCHOR_END: sample_make

// ANCHOR: accumulator_new
// A new, empty accumulator. The caller owns it and must pass it to `accumulator_free`.
Accumulator *accumulator_new(void);
// ANCHOR_END: accumulator_new

// ANCHOR: accumulator_free
// Destroys an accumulator. NULL is ignored.
//
// # Safety
// `acc` must be NULL or come from `accumulator_new`, and not be used or freed again.
void accumulator_free(Accumulator *acc);
// ANCHOR_END: accumulator_free

// ANCHOR: accumulator_add
// Adds one value. Returns 0, or -1 if `acc` is NULL.
//
// # Safety
// `acc` must be NULL or a live accumulator from `accumulator_new`.
int accumulator_add(Accumulator *acc, double value);
// ANCHOR_END: accumulator_add

// ANCHOR: accumulator_mean
// The mean of the values added so far: NaN if there are none or `acc` is NULL.
//
// # Safety
// `acc` must be NULL or a live accumulator from `accumulator_new`.
double accumulator_mean(const Accumulator *acc);
// ANCHOR_END: accumulator_mean

// ANCHOR: accumulator_count
// How many values were added, or -1 if `acc` is NULL.
//
// # Safety
// `acc` must be NULL or a live accumulator from `accumulator_new`.
long accumulator_count(const Accumulator *acc);
// ANCHOR_END: accumulator_count

// ANCHOR: live_accumulators
// How many accumulators are not destroyed yet: the leak counter.
int live_accumulators(void);
// ANCHOR_END: live_accumulators

#endif  /* SHAPES_H */
