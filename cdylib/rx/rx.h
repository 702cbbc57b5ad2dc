#ifndef RX_H
#define RX_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// The start and end of a group that took no part in the match (`SIZE_MAX`).
#define RX_NO_SPAN ~0

// Spans in bytes of the UTF-8 text.
#define RX_BYTES 0

// Spans in characters (Unicode code points): the offsets of a Python `str`.
#define RX_CHARS 1

// Error value: a pointer argument is NULL (with a length that is not 0).
#define RX_ERR_NULL -1

// Error value: `units` is neither `RX_BYTES` nor `RX_CHARS`.
#define RX_ERR_UNITS -2

// Error value: the cursor does not come from `rx_find_next` (its `last_end` is past `pos`).
#define RX_ERR_CURSOR -3

// Error value: the regex crate panicked (a bug in it; reported, not propagated).
#define RX_ERR_PANIC -4

// ANCHOR: RxMatches
// Every match of one search (opaque): `count` matches of `groups` spans each.
typedef struct RxMatches RxMatches;
// ANCHOR_END: RxMatches

// ANCHOR: RxRegex
// A compiled pattern (opaque): the regex and the names of its groups as C strings.
typedef struct RxRegex RxRegex;
// ANCHOR_END: RxRegex

// ANCHOR: RxCursor
// Where an iteration over the matches of one text stands. Start with `{0, RX_NO_SPAN, 0}`
// and let `rx_find_next` advance it.
typedef struct {
  // The byte offset where the next search starts; past the end when it is over.
  size_t pos;
  // The byte offset where the previous match ended, or `RX_NO_SPAN` before the first.
  size_t last_end;
  // How many characters come before `last_end` (0 before the first match).
  size_t chars;
} RxCursor;
// ANCHOR_END: RxCursor

// ANCHOR: RxSpan
// Where a match (or a capture group) starts and ends in the text.
typedef struct {
  size_t start;
  size_t end;
} RxSpan;
// ANCHOR_END: RxSpan

// ANCHOR: rx_compile
// Compiles the UTF-8 pattern `pattern[0..len]`. Returns a new `RxRegex` (free it with
// `rx_free`), or NULL if the pattern is invalid: then the regex crate's error message is
// written into `error` (at most `capacity` bytes, NUL-terminated, cut to fit).
//
// # Safety
// `pattern` must be NULL or point to `len` readable bytes; `error` must be NULL or point
// to `capacity` writable bytes.
RxRegex *rx_compile(const uint8_t *pattern, size_t len, char *error, size_t capacity);
// ANCHOR_END: rx_compile

// ANCHOR: rx_free
// Frees a pattern from `rx_compile`. NULL is ignored.
//
// # Safety
// `re` must be NULL or come from `rx_compile`, and not be used or freed again.
void rx_free(RxRegex *re);
// ANCHOR_END: rx_free

// ANCHOR: rx_group_count
// How many spans a match of `re` has: 1 for the whole match, plus one per capture group.
// `RX_ERR_NULL` if `re` is NULL.
//
// # Safety
// `re` must be NULL or a live pattern from `rx_compile`.
int64_t rx_group_count(const RxRegex *re);
// ANCHOR_END: rx_group_count

// ANCHOR: rx_group_name
// The name of group `index` (`(?P<name>...)`), valid as long as `re` is, or NULL if the
// group has no name, `index` is out of range or `re` is NULL. The caller does not free it.
//
// # Safety
// `re` must be NULL or a live pattern from `rx_compile`.
const char *rx_group_name(const RxRegex *re, size_t index);
// ANCHOR_END: rx_group_name

// ANCHOR: rx_find_next
// The next match of `re` in `text[0..len]` after `*cursor`, found the way the regex
// crate's own iterator finds it. Writes the first `min(n, rx_group_count(re))` spans of
// the match into `spans`, in `units` (`RX_BYTES` or `RX_CHARS`), advances the cursor and
// returns 1; returns 0 when there is no further match. Errors: `RX_ERR_NULL`,
// `RX_ERR_UNITS`, `RX_ERR_CURSOR`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes; `cursor`
// NULL or a writable `RxCursor`; `spans` NULL or `n` writable `RxSpan`s.
int64_t rx_find_next(const RxRegex *re,
                     const uint8_t *text,
                     size_t len,
                     RxCursor *cursor,
                     RxSpan *spans,
                     size_t n,
                     int units);
// ANCHOR_END: rx_find_next

// ANCHOR: rx_is_match
// 1 if `re` matches somewhere in `text[0..len]`, 0 if not, `RX_ERR_NULL` (as an int).
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
int rx_is_match(const RxRegex *re, const uint8_t *text, size_t len);
// ANCHOR_END: rx_is_match

// ANCHOR: rx_count
// How many matches `re` has in `text[0..len]` (as the iteration above finds them), or
// `RX_ERR_NULL`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
int64_t rx_count(const RxRegex *re, const uint8_t *text, size_t len);
// ANCHOR_END: rx_count

// ANCHOR: rx_find_all
// Every match of `re` in `text[0..len]`, one span each in `units`, as a new `RxMatches`
// (free it with `rx_matches_free`). NULL if `re` is NULL, `text` is NULL with `len` > 0,
// or `units` is neither `RX_BYTES` nor `RX_CHARS`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
RxMatches *rx_find_all(const RxRegex *re, const uint8_t *text, size_t len, int units);
// ANCHOR_END: rx_find_all

// ANCHOR: rx_captures_all
// Like `rx_find_all`, with every capture group: `rx_group_count(re)` spans per match, in
// group order; a group that took no part is `{RX_NO_SPAN, RX_NO_SPAN}`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
RxMatches *rx_captures_all(const RxRegex *re, const uint8_t *text, size_t len, int units);
// ANCHOR_END: rx_captures_all

// ANCHOR: rx_matches_count
// How many matches `m` holds, or `RX_ERR_NULL`.
//
// # Safety
// `m` must be NULL or a live `RxMatches`.
int64_t rx_matches_count(const RxMatches *m);
// ANCHOR_END: rx_matches_count

// ANCHOR: rx_matches_groups
// How many spans each match in `m` has (1, or the group count), or `RX_ERR_NULL`.
//
// # Safety
// `m` must be NULL or a live `RxMatches`.
int64_t rx_matches_groups(const RxMatches *m);
// ANCHOR_END: rx_matches_groups

// ANCHOR: rx_matches_spans
// The spans, `count * groups` of them, match after match. The pointer belongs to `m`:
// valid until `rx_matches_free(m)`. NULL if `m` is NULL or holds no span.
//
// # Safety
// `m` must be NULL or a live `RxMatches`.
const RxSpan *rx_matches_spans(const RxMatches *m);
// ANCHOR_END: rx_matches_spans

// ANCHOR: rx_matches_free
// Frees what `rx_find_all` or `rx_captures_all` returned. NULL is ignored.
//
// # Safety
// `m` must be NULL or come from one of those functions, and not be used or freed again.
void rx_matches_free(RxMatches *m);
// ANCHOR_END: rx_matches_free

// ANCHOR: rx_live_objects
// How many patterns and match vectors are alive (compiled or returned, not yet freed).
int64_t rx_live_objects(void);
// ANCHOR_END: rx_live_objects

#endif  /* RX_H */
