#ifndef VEC_TRAPS_H
#define VEC_TRAPS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// `evens_into(n, ...)` refuses an `n` above this (-2): at most 100,000 numbers.
#define EVENS_MAX 100000

// ANCHOR: VecU64
// A `Vec<u64>` taken apart, as in `vectors`: pointer, length, capacity.
typedef struct {
  uint64_t *ptr;
  size_t len;
  size_t cap;
} VecU64;
// ANCHOR_END: VecU64

// ANCHOR: live_bytes
// Bytes this library's allocator handed out, minus the bytes it was told came back.
size_t live_bytes(void);
// ANCHOR_END: live_bytes

// ANCHOR: evens_into
// The even numbers below `n`, built the way a producer often builds a result: in a
// `Vec::with_capacity(n)`, then filled with fewer numbers (`n / 2`, rounded up). Writes
// the array's address to `*out` (NULL for `n == 0`) and returns its length, or -1 if `out`
// is NULL, -2 if `n > EVENS_MAX`. The array has spare capacity, so no free function that
// gets only the length can free it correctly, not even `evens_free`: that is the trap.
//
// # Safety
// `out` must be NULL or writable.
ptrdiff_t evens_into(uint64_t n, uint64_t **out);
// ANCHOR_END: evens_into

// ANCHOR: evens_into_exact
// The same numbers, with the spare capacity given back before they leave:
// `into_boxed_slice` leaves exactly `len` numbers, so the length is all a free needs.
//
// # Safety
// `out` must be NULL or writable.
ptrdiff_t evens_into_exact(uint64_t n, uint64_t **out);
// ANCHOR_END: evens_into_exact

// ANCHOR: evens_free
// Frees an array of evens the way the Rust FFI Omnibus's vector example frees one:
// `Vec::from_raw_parts(values, len, len)`, the length given as the capacity. NULL is
// ignored.
//
// # Safety
// `values` must be NULL or an array from `evens_into_exact` with the length it returned,
// not freed before. An array from `evens_into` breaks this contract: its capacity is not
// its length, and `Vec::from_raw_parts` then deallocates with the wrong layout, which is
// undefined behaviour (chapter 29 shows it in a process of its own).
void evens_free(uint64_t *values, size_t len);
// ANCHOR_END: evens_free

// ANCHOR: evens_vec
// The even numbers below `n` as a `VecU64`: capacity `n`, length `n / 2` rounded up.
// `ptr` is NULL if `n` is 0 or above `EVENS_MAX`. Free it with `evens_vec_free`.
VecU64 evens_vec(uint64_t n);
// ANCHOR_END: evens_vec

// ANCHOR: evens_vec_free
// Frees a vector from `evens_vec`, with its own three numbers. A NULL `ptr` is ignored.
//
// # Safety
// `v` must be what `evens_vec` returned, unchanged, and not freed before.
void evens_vec_free(VecU64 v);
// ANCHOR_END: evens_vec_free

// ANCHOR: evens_contains_swapped
// Whether `target` is among the numbers of `v`, a vector from `evens_vec`, which it
// frees. Written with the two sizes of `Vec::from_raw_parts` swapped, a mistake no compiler
// catches (both are `usize`): the `Vec` it builds claims `cap` numbers in room for `len`.
// A NULL `ptr` gives `false`.
//
// # Safety
// `v` must come from `evens_vec`, unchanged, not freed before, and have no spare capacity
// (`len == cap`). `evens_vec(n)` returns such a vector only for `n == 1`, so nearly every
// call with one is undefined behaviour: chapter 29 makes that call in a process of its own.
bool evens_contains_swapped(VecU64 v, uint64_t target);
// ANCHOR_END: evens_contains_swapped

#endif  /* VEC_TRAPS_H */
