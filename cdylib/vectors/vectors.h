#ifndef VECTORS_H
#define VECTORS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Success.
#define VEC_OK 0

// A pointer argument was NULL.
#define VEC_NULL_POINTER -1

// 0 has no Collatz sequence: it never reaches 1.
#define VEC_BAD_START -2

// A number of the sequence does not fit in 64 bits.
#define VEC_OVERFLOW -3

// The largest table `table_new` makes: 2^20 cells, 8 MiB of doubles.
#define TABLE_MAX_CELLS 1048576

// ANCHOR: VecU64
// A `Vec<u64>` taken apart into the three fields a `Vec` keeps: where its numbers are, how
// many there are, and how many fit in the memory it allocated.
typedef struct {
  uint64_t *ptr;
  size_t len;
  size_t cap;
} VecU64;
// ANCHOR_END: VecU64

// ANCHOR: Run
// `count` repetitions of `byte`. 8 bytes: `byte`, 3 bytes of padding, `count`.
typedef struct {
  uint8_t byte;
  uint32_t count;
} Run;
// ANCHOR_END: Run

// ANCHOR: VecF64
// A `Vec<f64>` taken apart, like `VecU64`.
typedef struct {
  double *ptr;
  size_t len;
  size_t cap;
} VecF64;
// ANCHOR_END: VecF64

// ANCHOR: collatz_into
// Way 1. Writes the address of a new array holding the sequence to `*out` and its length
// to `*len`. Returns `VEC_OK`, or an error code with `*out` set to NULL and `*len` to 0.
// Give the array back with `collatz_free(*out, *len)`.
//
// # Safety
// `out` and `len` must each be NULL or point to writable memory of their type.
int collatz_into(uint64_t start, uint64_t **out, size_t *len);
// ANCHOR_END: collatz_into

// ANCHOR: collatz_free
// Frees an array from `collatz_into`. NULL is ignored.
//
// # Safety
// `values` must be NULL, or an array `collatz_into` wrote to `*out`, with the length it
// wrote to `*len`, not freed before.
void collatz_free(uint64_t *values, size_t len);
// ANCHOR_END: collatz_free

// ANCHOR: collatz_vec
// Way 2. The sequence as a `VecU64`, returned by value. `ptr` is NULL if `start` is 0
// or the sequence overflows. Give it back with `vec_u64_free`.
VecU64 collatz_vec(uint64_t start);
// ANCHOR_END: collatz_vec

// ANCHOR: vec_u64_free
// Frees a vector from `collatz_vec`. A NULL `ptr` is ignored.
//
// # Safety
// `v` must be what `collatz_vec` returned, unchanged, and not freed before.
void vec_u64_free(VecU64 v);
// ANCHOR_END: vec_u64_free

// ANCHOR: collatz_fill
// Way 3. Writes the sequence into the caller's `buffer`, which has room for `capacity`
// numbers, and returns the length of the whole sequence: the room it needs. Writes at most
// `capacity` numbers, so a caller asks first (NULL and 0), then calls again with a buffer
// that large. Returns a negative error code if `start` is 0, the sequence overflows, or
// `buffer` is NULL while `capacity` is not 0.
//
// # Safety
// `buffer` must be NULL or point to `capacity` writable `uint64_t`s.
ptrdiff_t collatz_fill(uint64_t start, uint64_t *buffer, size_t capacity);
// ANCHOR_END: collatz_fill

// ANCHOR: runs_encode
// Run-length encodes the `n` bytes at `data`: writes the address of a new array of runs
// to `*out` and returns how many runs it holds. No data gives 0 runs and a NULL `*out`.
// Returns `VEC_NULL_POINTER` if `out` is NULL, or `data` is NULL while `n` is not 0.
// Give the array back with `runs_free(*out, count)`.
//
// # Safety
// `data` must be NULL or point to `n` readable bytes; `out` must be NULL or writable.
ptrdiff_t runs_encode(const uint8_t *data, size_t n, Run **out);
// ANCHOR_END: runs_encode

// ANCHOR: runs_free
// Frees an array of runs from `runs_encode`. NULL is ignored.
//
// # Safety
// `runs` must be NULL, or an array from `runs_encode` with the count it returned, not
// freed before.
void runs_free(Run *runs, size_t count);
// ANCHOR_END: runs_free

// ANCHOR: table_new
// A `rows` x `cols` multiplication table, one row after the other: the cell in row `r`,
// column `c` (counting from 0) holds `(r + 1) * (c + 1)`. `ptr` is NULL if the table is
// empty or has more than `TABLE_MAX_CELLS` cells. Give it back with `vec_f64_free`.
VecF64 table_new(size_t rows, size_t cols);
// ANCHOR_END: table_new

// ANCHOR: vec_f64_free
// Frees a table from `table_new`. A NULL `ptr` is ignored.
//
// # Safety
// `v` must be what `table_new` returned, unchanged, and not freed before.
void vec_f64_free(VecF64 v);
// ANCHOR_END: vec_f64_free

// ANCHOR: live_vectors
// How many vectors this library handed out that were not freed yet.
int live_vectors(void);
// ANCHOR_END: live_vectors

#endif  /* VECTORS_H */
