#ifndef CLIBRARY_H
#define CLIBRARY_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

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

#endif  /* CLIBRARY_H */
