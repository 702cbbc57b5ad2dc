#ifndef CSTRINGS_H
#define CSTRINGS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: byte_length
// The number of bytes before the terminating NUL (C's `strlen`), or -1 for NULL.
//
// # Safety
// `s` must be NULL or point to a NUL-terminated string.
long byte_length(const char *s);
// ANCHOR_END: byte_length

// ANCHOR: char_count
// The number of Unicode characters in a UTF-8 string; -1 for NULL, -2 if the bytes
// are not UTF-8.
//
// # Safety
// `s` must be NULL or point to a NUL-terminated string.
long char_count(const char *s);
// ANCHOR_END: char_count

// ANCHOR: wide_length
// The number of `wchar_t` units before the terminating 0 (C's `wcslen`), or -1 for NULL.
//
// # Safety
// `s` must be NULL or point to a 0-terminated array of `wchar_t`.
long wide_length(const wchar_t *s);
// ANCHOR_END: wide_length

// ANCHOR: greet
// Writes `Hello, <name>!` and a NUL into `buf`, which holds `size` bytes: like C's
// `snprintf`, it truncates to `size - 1` bytes and returns the length of the whole
// greeting, so a return value >= `size` means "too small". `greet(name, NULL, 0)`
// only asks for the length. Returns -1 if `name` is NULL, or `buf` is NULL and `size` is not 0.
//
// # Safety
// `name` must be NULL or a NUL-terminated string; `buf` must be NULL or point to
// `size` writable bytes.
long greet(const char *name, char *buf, size_t size);
// ANCHOR_END: greet

// ANCHOR: greeting
// A new string `Hello, <name>!` that the caller owns and must give back to
// `free_greeting` (not to libc's `free`). Returns NULL if `name` is NULL.
//
// # Safety
// `name` must be NULL or point to a NUL-terminated string.
char *greeting(const char *name);
// ANCHOR_END: greeting

// ANCHOR: free_greeting
// Frees a string from `greeting`. NULL is ignored.
//
// # Safety
// `s` must be NULL or a pointer `greeting` returned that has not been freed yet.
void free_greeting(char *s);
// ANCHOR_END: free_greeting

// ANCHOR: live_strings
// How many strings from `greeting` have not been given back yet: the leak counter.
int live_strings(void);
// ANCHOR_END: live_strings

// ANCHOR: library_version
// A string that lives as long as the library: the caller reads it and never frees it.
const char *library_version(void);
// ANCHOR_END: library_version

#endif  /* CSTRINGS_H */
