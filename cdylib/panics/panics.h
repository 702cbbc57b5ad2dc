#ifndef PANICS_H
#define PANICS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Success.
#define PERCENT_OK 0

// `out` was NULL.
#define PERCENT_NULL_POINTER -1

// The computation panicked (for example `whole` was 0); `*out` is unchanged.
#define PERCENT_PANICKED -2

// ANCHOR: percent
// `part` as a percentage of `whole`, rounded toward zero; `INT_MAX` or `INT_MIN` when it
// does not fit in an `int`. Panics when `whole` is 0 and, because this is `extern "C"`,
// the panic aborts the process. Deliberately unguarded: `percent_checked` is the version
// that is safe to call.
int percent(int part, int whole);
// ANCHOR_END: percent

// ANCHOR: percent_checked
// The same computation behind `catch_unwind`: writes the result to `*out` and returns
// `PERCENT_OK`, or returns `PERCENT_PANICKED` if it panicked. Never unwinds into C.
//
// # Safety
// `out` must be NULL or point to writable memory for one `int`.
int percent_checked(int part, int whole, int *out);
// ANCHOR_END: percent_checked

// ANCHOR: panic_in_cleanup
// Panics inside `catch_unwind` while a `PanicsWhenDropped` is alive. Unwinding the first
// panic runs the destructor, the destructor panics too, and a panic during unwinding
// aborts the process: `catch_unwind` never returns. Chapter 26's demonstration; it
// never returns.
int panic_in_cleanup(void);
// ANCHOR_END: panic_in_cleanup

#endif  /* PANICS_H */
