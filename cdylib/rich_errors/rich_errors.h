#ifndef RICH_ERRORS_H
#define RICH_ERRORS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Success: `*out_ms` holds the duration.
#define DURATION_OK 0

// A pointer argument was NULL.
#define DURATION_NULL_POINTER 1

// The text is not a sequence of numbers, each followed by a unit.
#define DURATION_SYNTAX 2

// A unit other than `ms`, `s`, `m` or `h`.
#define DURATION_UNKNOWN_UNIT 3

// The duration does not fit in 64 bits of milliseconds.
#define DURATION_OVERFLOW 4

// The size of `DurationError::message`, its terminating NUL included.
#define DURATION_MESSAGE_CAPACITY 128

// ANCHOR: DurationError
// What went wrong, written by `parse_duration_into` into memory the caller owns.
typedef struct {
  // `DURATION_OK` or the failure's code.
  int code;
  // The message, NUL-terminated, cut to fit (empty on success).
  char message[DURATION_MESSAGE_CAPACITY];
} DurationError;
// ANCHOR_END: DurationError

// ANCHOR: parse_duration
// Parses a duration such as `"1h30m"`, `"90s"` or `"250ms"` into milliseconds. On success
// writes `*out_ms` and returns `DURATION_OK`; otherwise returns another `DURATION_*` code,
// leaves `*out_ms` alone, and keeps a message for `last_error_message` on this thread.
// A success does not clear the message: read it only after a call that failed.
//
// # Safety
// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable.
int parse_duration(const char *text, uint64_t *out_ms);
// ANCHOR_END: parse_duration

// ANCHOR: last_error_message
// A copy of the message of this thread's last failed call, or NULL if no call on this
// thread has failed yet. The caller owns the copy and frees it with `error_string_free`.
char *last_error_message(void);
// ANCHOR_END: last_error_message

// ANCHOR: error_string_free
// Frees a string from `last_error_message` or `shared_error_message`; NULL is ignored.
//
// # Safety
// `message` must be NULL or a string those functions returned, not freed yet.
void error_string_free(char *message);
// ANCHOR_END: error_string_free

// ANCHOR: last_error_length
// The size of the buffer `last_error_copy` needs: the message's length plus one for
// its NUL, or 0 if no call on this thread has failed yet.
size_t last_error_length(void);
// ANCHOR_END: last_error_length

// ANCHOR: last_error_copy
// Copies this thread's last message and its NUL into `buffer` (`capacity` bytes) and
// returns the message's length; returns -1, writing nothing, if `buffer` is NULL, too
// small, or there is no message.
//
// # Safety
// `buffer` must be NULL or writable for `capacity` bytes.
ptrdiff_t last_error_copy(char *buffer, size_t capacity);
// ANCHOR_END: last_error_copy

// ANCHOR: parse_duration_into
// `parse_duration` with an out-struct: also writes the code and the message (cut to
// `DURATION_MESSAGE_CAPACITY - 1` bytes) into `*error`, unless `error` is NULL. It
// keeps no state, so it needs no thread-local storage and no free.
//
// # Safety
// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable; `error`
// NULL or writable.
int parse_duration_into(const char *text, uint64_t *out_ms, DurationError *error);
// ANCHOR_END: parse_duration_into

// ANCHOR: parse_duration_shared
// `parse_duration`, but the message goes to `SHARED_ERROR`, which every thread overwrites.
//
// # Safety
// `text` must be NULL or a NUL-terminated string; `out_ms` NULL or writable.
int parse_duration_shared(const char *text, uint64_t *out_ms);
// ANCHOR_END: parse_duration_shared

// ANCHOR: shared_error_message
// A copy of the last message any thread's `parse_duration_shared` left, or NULL; free it
// with `error_string_free`.
char *shared_error_message(void);
// ANCHOR_END: shared_error_message

#endif  /* RICH_ERRORS_H */
