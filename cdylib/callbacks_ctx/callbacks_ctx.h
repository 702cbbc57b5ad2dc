#ifndef CALLBACKS_CTX_H
#define CALLBACKS_CTX_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: Visit
// Called once per item with the caller's `user_data`; return 0 to go on, anything else to
// stop. `None` is NULL.
typedef int (*Visit)(int item, void *user_data);
// ANCHOR_END: Visit

// ANCHOR: Point
// A point in the plane, passed by value or by pointer.
typedef struct {
  double x;
  double y;
} Point;
// ANCHOR_END: Point

// ANCHOR: MakePoint
// Returns the point for `item`, by value: a signature ctypes cannot implement in Python.
typedef Point (*MakePoint)(int item, void *user_data);
// ANCHOR_END: MakePoint

// ANCHOR: FillPoint
// Writes the point for `item` into `*out`; returns 0 to go on, anything else to stop.
typedef int (*FillPoint)(int item, Point *out, void *user_data);
// ANCHOR_END: FillPoint

// ANCHOR: TakePoint
// Receives a point by value: a signature ctypes can implement.
typedef int (*TakePoint)(Point point, void *user_data);
// ANCHOR_END: TakePoint

// ANCHOR: for_each_item
// Calls `visit(item, user_data)` for item = 0, 1, ... `count - 1`, on this thread,
// stopping after the first call that returns non-zero. Returns how many calls it made,
// or -1 when `visit` is NULL or `count` is negative.
int for_each_item(int count, Visit visit, void *user_data);
// ANCHOR_END: for_each_item

// ANCHOR: run_in_worker
// Does what `for_each_item` does, on a new thread, and waits for that thread to finish:
// every call of `visit` comes from a thread Python did not start. Returns how many calls
// it made, -1 when `visit` is NULL or `count` is negative, -2 if the thread could not be
// started.
int run_in_worker(int count, Visit visit, void *user_data);
// ANCHOR_END: run_in_worker

// ANCHOR: set_handler
// Remembers `handler` and `user_data` (or forgets them, when `handler` is NULL) for later
// calls of `fire`. The library keeps only the two pointers: the caller must keep alive
// whatever they point to until the handler is replaced.
void set_handler(Visit handler, void *user_data);
// ANCHOR_END: set_handler

// ANCHOR: fire
// Calls the remembered handler with `event` and its `user_data`. Returns what the handler
// returned, or -1 when no handler is set.
int fire(int event);
// ANCHOR_END: fire

// ANCHOR: sum_points_by_value
// Adds up `make(item, user_data)` for item = 0 .. `count - 1` into `*total`. Returns 0, or
// -1 when `make` or `total` is NULL or `count` is negative.
//
// # Safety
// `total` must be NULL or point to a writable `Point`.
int sum_points_by_value(int count, MakePoint make, void *user_data, Point *total);
// ANCHOR_END: sum_points_by_value

// ANCHOR: sum_points
// Adds up the points `fill(item, &point, user_data)` writes, for item = 0 .. `count - 1`,
// into `*total`, stopping after a call that returns non-zero (its point is not added).
// Returns how many points were added, or -1 when `fill` or `total` is NULL or `count` is
// negative.
//
// # Safety
// `total` must be NULL or point to a writable `Point`.
int sum_points(int count, FillPoint fill, void *user_data, Point *total);
// ANCHOR_END: sum_points

// ANCHOR: emit_points
// Calls `take(Point { x: item, y: item * item }, user_data)` for item = 0 .. `count - 1`,
// stopping after a call that returns non-zero. Returns how many calls it made, or -1 when
// `take` is NULL or `count` is negative.
int emit_points(int count, TakePoint take, void *user_data);
// ANCHOR_END: emit_points

#endif  /* CALLBACKS_CTX_H */
