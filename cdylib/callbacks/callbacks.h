#ifndef CALLBACKS_H
#define CALLBACKS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: Visitor
// Called once per result; return 0 to go on, anything else to stop. `None` is NULL.
typedef int (*Visitor)(unsigned int prime, void *user_data);
// ANCHOR_END: Visitor

// ANCHOR: Logger
// Receives each message `log_message` is given. `None` is NULL.
typedef void (*Logger)(const char *text);
// ANCHOR_END: Logger

// ANCHOR: visit_primes
// Calls `visit(prime, user_data)` for every prime below `limit`, in order, until `visit`
// returns non-zero. Returns how many primes were visited, or -1 when `visit` is NULL.
// `user_data` is passed through untouched.
int visit_primes(unsigned int limit, Visitor visit, void *user_data);
// ANCHOR_END: visit_primes

// ANCHOR: set_logger
// Remembers `logger` (or forgets it, when NULL) for later calls of `log_message`.
// The library keeps only the pointer: the caller must keep the function alive.
void set_logger(Logger logger);
// ANCHOR_END: set_logger

// ANCHOR: log_message
// Passes `text` to the remembered logger. Returns 1 if a logger was called, 0 if none is set.
int log_message(const char *text);
// ANCHOR_END: log_message

// ANCHOR: compare_ints
// A `qsort` comparator for `int`s, ascending: negative, zero or positive.
// Returns 0 if either pointer is NULL (qsort never passes NULL; a direct caller might).
//
// # Safety
// `a` and `b` must each be NULL or point to a readable `int` (qsort guarantees this).
int compare_ints(const void *a, const void *b);
// ANCHOR_END: compare_ints

#endif  /* CALLBACKS_H */
