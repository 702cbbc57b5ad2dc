#ifndef RACY_COUNTER_H
#define RACY_COUNTER_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: counter_add
// Adds 1 to the shared counter, `times` times, as a load and then a store. Each of the two
// is atomic; the pair is not: another thread can store in between, and its increment is lost.
void counter_add(uint64_t times);
// ANCHOR_END: counter_add

// ANCHOR: counter_add_lockstep
// `counter_add`'s load and store, with the unlucky moment forced on every step: after its
// load, each of two callers waits until the other has loaded too, and only then stores.
// Both load the same value and both store that value + 1, so two threads calling it at once
// with the same `times` lose exactly `times` increments between them.
//
// Returns 1 if the other caller was there at every step. Returns 0, early, if it did not
// arrive within `timeout_ms` milliseconds (a single caller, say): it never hangs.
// Call `counter_reset` before each run.
int counter_add_lockstep(uint64_t times, uint32_t timeout_ms);
// ANCHOR_END: counter_add_lockstep

// ANCHOR: counter_get
// The shared counter's current value.
uint64_t counter_get(void);
// ANCHOR_END: counter_get

// ANCHOR: counter_reset
// Sets the counter back to 0, and starts `counter_add_lockstep` over: call it before each run.
void counter_reset(void);
// ANCHOR_END: counter_reset

#endif  /* RACY_COUNTER_H */
