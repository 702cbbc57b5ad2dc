#ifndef ERRORS_H
#define ERRORS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Success: `*out` holds the result.
#define TEMP_OK 0

// `text` or `out` was NULL.
#define TEMP_NULL_POINTER 1

// `text` is not a number.
#define TEMP_NOT_A_NUMBER 2

// The number is below absolute zero (-273.15 °C).
#define TEMP_BELOW_ABSOLUTE_ZERO 3

// ANCHOR: parse_celsius
// Parses a temperature in degrees Celsius: a decimal number such as `"21.5"`, `"-4e1"` or
// `"inf"`, with optional spaces, tabs or line breaks around it (no hexadecimal). On
// success writes it to `*out` and returns `TEMP_OK`; otherwise returns another `TEMP_*`
// code and leaves `*out` alone.
//
// # Safety
// `text` must be NULL or a NUL-terminated string; `out` NULL or writable for one double.
int parse_celsius(const char *text, double *out);
// ANCHOR_END: parse_celsius

// ANCHOR: temp_error_message
// A static, human-readable message for a `TEMP_*` code (never NULL; do not free it).
const char *temp_error_message(int code);
// ANCHOR_END: temp_error_message

// ANCHOR: open_readonly
// Opens `path` for reading and returns the file descriptor, or -1 with `errno` set
// (`EFAULT` when `path` is NULL, otherwise whatever the kernel said).
//
// # Safety
// `path` must be NULL or a NUL-terminated string.
int open_readonly(const char *path);
// ANCHOR_END: open_readonly

// ANCHOR: close_fd
// Closes a descriptor from `open_readonly`: 0, or -1 with `errno` set.
int close_fd(int fd);
// ANCHOR_END: close_fd

#endif  /* ERRORS_H */
