#ifndef CLIBRARY_H
#define CLIBRARY_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// How many values `fill_array` writes.
#define FILL_COUNT 5

// ANCHOR: add_numbers
// Adds two C ints. Wraps around on overflow, as the C version does in practice
// (in C, signed overflow is undefined behaviour; in Rust, `wrapping_add` defines it).
int add_numbers(int a, int b);
// ANCHOR_END: add_numbers

// ANCHOR: average
// The mean of two doubles: the book's example of a function whose arguments and
// result are not `int`, so ctypes' defaults get it wrong.
double average(double a, double b);
// ANCHOR_END: average

// ANCHOR: get_unsigned_value
// Returns its argument unchanged: an `unsigned int` round trip.
unsigned int get_unsigned_value(unsigned int input_val);
// ANCHOR_END: get_unsigned_value

// ANCHOR: modify_value
// Sets `*num` to 99: the caller's memory, changed in place. A NULL `num` is ignored.
//
// # Safety
// `num` must be NULL or point to a writable, aligned `int` that nothing else is using.
void modify_value(int *num);
// ANCHOR_END: modify_value

// ANCHOR: allocate_array
// A new array `[1, 2, ..., size]` that the caller owns and must give back to
// `free_array`. Returns NULL if `size` is zero or negative, or the memory is not available.
int *allocate_array(int size);
// ANCHOR_END: allocate_array

// ANCHOR: get_array
// A new array `[0, 1, ..., size - 1]` that the caller owns and must give back to
// `free_array`. Returns NULL if `size` is zero or negative, or the memory is not available.
int *get_array(int size);
// ANCHOR_END: get_array

// ANCHOR: free_array
// Frees an array from `allocate_array` or `get_array`. Returns 0 when it freed `arr`
// (or `arr` is NULL), and -1 without touching memory when `arr` is not a live array
// of this library: already freed (a double free), or allocated by someone else.
//
// # Safety
// `arr` must not have been freed by anything but this function (for example by
// libc's `free`): then the address may be reused and the bookkeeping is wrong.
int free_array(int *arr);
// ANCHOR_END: free_array

// ANCHOR: live_arrays
// How many arrays from `allocate_array` / `get_array` are not freed yet: the leak counter.
int live_arrays(void);
// ANCHOR_END: live_arrays

// ANCHOR: array_above_4gib
// The array `[1, 2, 3, 4, 5]` at 0x40_8000_0000, on every machine and under every
// interpreter: the library maps a page of its own there on the first call and keeps it
// until the process ends (never free it). NULL if the kernel will not put the page there.
const int *array_above_4gib(void);
// ANCHOR_END: array_above_4gib

// ANCHOR: fill_array
// Writes `0, 10, 20, 30, 40` into `arr` and 5 into `*count`; returns 0.
// Returns -1 (writing nothing) if `arr` or `count` is NULL, and -2 if `capacity`
// is less than 5: then nothing is written to `arr` and `*count` is the size needed.
//
// # Safety
// `arr` must be NULL or point to at least `capacity` writable ints; `count` must be
// NULL or point to one writable int.
int fill_array(int *arr, int capacity, int *count);
// ANCHOR_END: fill_array

// ANCHOR: sum_doubles
// The sum of `n` doubles. Returns NaN if `values` is NULL and `n` is not 0.
//
// # Safety
// `values` must be NULL or point to `n` readable, aligned doubles.
double sum_doubles(const double *values, size_t n);
// ANCHOR_END: sum_doubles

// ANCHOR: scale_doubles
// Multiplies `n` doubles by `factor`, in place. Returns 0, or -1 if `values` is NULL
// and `n` is not 0.
//
// # Safety
// `values` must be NULL or point to `n` writable, aligned doubles.
int scale_doubles(double *values, size_t n, double factor);
// ANCHOR_END: scale_doubles

#endif  /* CLIBRARY_H */
