#ifndef PITFALLS_H
#define PITFALLS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// How many numbers `numbers_table` holds.
#define TABLE_LEN 100

// ANCHOR: greeting
// A greeting that lives as long as the process, in the library's page at 0x41_8000_0000;
// NULL if that page could not be mapped. Python must declare `restype = c_char_p`; the default
// `c_int` cuts the address in half.
const char *greeting(void);
// ANCHOR_END: greeting

// ANCHOR: area
// The area of a rectangle, in whatever unit the sides are in.
double area(double width, double height);
// ANCHOR_END: area

// ANCHOR: kibibytes
// Whole kibibytes in `bytes`: a 64-bit integer in, a 64-bit integer out.
int64_t kibibytes(int64_t bytes);
// ANCHOR_END: kibibytes

// ANCHOR: exported
// The same function, exported: this is the fix.
int exported(int a, int b);
// ANCHOR_END: exported

// ANCHOR: make_numbers
// A new array holding 1, 2, ..., `count`, allocated by the library; NULL when `count` is 0
// or more than 1 000 000. Give it back with `free_numbers(pointer, count)`, exactly once.
int *make_numbers(size_t count);
// ANCHOR_END: make_numbers

// ANCHOR: free_numbers
// Frees an array from `make_numbers`. NULL is ignored.
//
// # Safety
// `numbers` must be NULL or a pointer `make_numbers(count)` returned, with the same
// `count`, not freed before. Freeing twice or reading after the free is undefined
// behaviour.
void free_numbers(int *numbers, size_t count);
// ANCHOR_END: free_numbers

// ANCHOR: numbers_table
// The numbers 1, 2, ..., `TABLE_LEN` (100), kept by the library in its page at
// 0x41_8000_0100 for as long as the process runs: read them, never free them. NULL if that
// page could not be mapped.
const int *numbers_table(void);
// ANCHOR_END: numbers_table

// ANCHOR: sum_numbers
// The sum of `count` ints at `numbers`; 0 when `numbers` is NULL.
//
// # Safety
// `numbers` must be NULL or point to `count` readable ints. The function can check NULL,
// but not whether a non-NULL pointer is real: given a damaged pointer it reads wherever
// that points, and may crash.
int64_t sum_numbers(const int *numbers, size_t count);
// ANCHOR_END: sum_numbers

#endif  /* PITFALLS_H */
