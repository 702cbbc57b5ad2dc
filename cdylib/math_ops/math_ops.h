#ifndef MATH_OPS_H
#define MATH_OPS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: square
// `num * num`, wrapping around on overflow like the C twin.
int square(int num);
// ANCHOR_END: square

// ANCHOR: safe_add
// `a + b`, wrapping around on overflow. A pure function: it reads only its arguments.
int safe_add(int a, int b);
// ANCHOR_END: safe_add

// ANCHOR: spin
// Burns CPU for `iterations` steps of a xorshift generator and returns its final state.
//
// Every step depends on the one before and the result is returned, so the loop cannot be
// dropped. Nor is it shortened, because compilers know no shortcut through xorshift's
// shifts and xors (they do for a multiply-add: see `batch_ops::busy_work`), so the time
// grows linearly with `iterations`.
uint64_t spin(uint64_t iterations);
// ANCHOR_END: spin

// ANCHOR: rendezvous_reset
// Starts a new rendezvous: nobody has arrived yet.
void rendezvous_reset(void);
// ANCHOR_END: rendezvous_reset

// ANCHOR: rendezvous
// Arrives, then waits inside the library until `parties` callers have arrived or
// `timeout_ms` milliseconds have passed. Returns 1 if they all met, 0 on timeout.
//
// Two threads can only meet here if both are inside the library at the same time.
int rendezvous(uint32_t parties, uint32_t timeout_ms);
// ANCHOR_END: rendezvous

// ANCHOR: square_array
// Writes `input[i] * input[i]` to `output[i]` for `i` in `0..n`.
// Returns 0, or -1 (writing nothing) if either pointer is NULL.
//
// # Safety
// `input` must point to `n` readable doubles and `output` to `n` writable doubles.
int square_array(const double *input, double *output, size_t n);
// ANCHOR_END: square_array

// ANCHOR: counter_add
// Adds 1 to the shared counter, `times` times, one atomic step at a time.
// Safe to call from many threads at once: no increment is ever lost.
void counter_add(uint64_t times);
// ANCHOR_END: counter_add

// ANCHOR: counter_get
// The shared counter's current value.
uint64_t counter_get(void);
// ANCHOR_END: counter_get

// ANCHOR: counter_reset
// Sets the shared counter back to 0.
void counter_reset(void);
// ANCHOR_END: counter_reset

#endif  /* MATH_OPS_H */
