#ifndef RX_H
#define RX_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// The start and end of a group that took no part in the match.
#define RX_NO_SPAN ~0

// Error value: a pointer argument is NULL (with a length that is not 0).
#define RX_ERR_NULL -1

// Error value: the text (or pattern) is not valid UTF-8.
#define RX_ERR_UTF8 -2

// Error value: an offset is past the end of the text or inside a character.
#define RX_ERR_OFFSET -3

// Error value: the regex crate panicked (a bug in it; reported, not propagated).
#define RX_ERR_PANIC -4

// ANCHOR: RxMatches
// Every match of one search (opaque): `count` matches of `groups` spans each.
typedef struct RxMatches RxMatches;
// ANCHOR_END: RxMatches

// ANCHOR: RxRegex
// A compiled pattern (opaque): the `regex::Regex` and its group names as C strings.
typedef struct RxRegex RxRegex;
// ANCHOR_END: RxRegex

// ANCHOR: RxSpan
// Where a match (or a capture group) starts and ends, in bytes of the UTF-8 text.
typedef struct {
  size_t start;
  size_t end;
} RxSpan;
// ANCHOR_END: RxSpan

// ANCHOR: RxCursor
// Where an iteration over the matches of one text stands. Start with `{0, RX_NO_SPAN}`.
typedef struct {
  // Where the next search starts, in bytes; past the end when the iteration is over.
  size_t pos;
  // Where the previous match ended, or `RX_NO_SPAN` before the first match.
  size_t last_end;
} RxCursor;
// ANCHOR_END: RxCursor

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

// ANCHOR: rx_is_match
// 1 if `re` matches somewhere in `text[0..len]`, 0 if not; `RX_ERR_NULL`, `RX_ERR_UTF8`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
int rx_is_match(const RxRegex *re, const uint8_t *text, size_t len);
// ANCHOR_END: rx_is_match

// ANCHOR: rx_count
// How many non-overlapping matches `re` has in `text[0..len]`, or a negative error value.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
int64_t rx_count(const RxRegex *re, const uint8_t *text, size_t len);
// ANCHOR_END: rx_count

// ANCHOR: rx_find_all
// Every non-overlapping match of `re` in `text[0..len]`, one span each, as a new
// `RxMatches` (free it with `rx_matches_free`). NULL if `re` is NULL, `text` is NULL with
// `len` > 0, or the text is not UTF-8.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
RxMatches *rx_find_all(const RxRegex *re, const uint8_t *text, size_t len);
// ANCHOR_END: rx_find_all

// ANCHOR: rx_captures_all
// Like `rx_find_all`, with every capture group: `rx_group_count(re)` spans per match, in
// group order; a group that did not take part is `{RX_NO_SPAN, RX_NO_SPAN}`.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes.
RxMatches *rx_captures_all(const RxRegex *re, const uint8_t *text, size_t len);
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
// valid until `rx_matches_free(m)`. NULL if `m` is NULL (or holds no span).
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

// ANCHOR: rx_find_next
// The next match of `re` in `text[0..len]` after `*cursor`, with the same rules as the
// regex crate's own iterator (an empty match right where the previous one ended is
// skipped). Writes the first `min(n, rx_group_count(re))` spans of the match into
// `spans`, advances the cursor and returns 1; returns 0 when there is no further match.
// `RX_ERR_NULL`, `RX_ERR_UTF8`, or `RX_ERR_OFFSET` if `cursor.pos` is inside a character.
//
// # Safety
// `re` must be NULL or a live pattern; `text` NULL or `len` readable bytes; `cursor`
// NULL or a writable `RxCursor`; `spans` NULL or `n` writable `RxSpan`s.
int64_t rx_find_next(const RxRegex *re,
                     const uint8_t *text,
                     size_t len,
                     RxCursor *cursor,
                     RxSpan *spans,
                     size_t n);
// ANCHOR_END: rx_find_next

// ANCHOR: rx_char_offsets
// Turns the `n` byte offsets in `offsets` into character offsets (what Python's `str`
// indexes by), in place, in any order. `RX_NO_SPAN` stays as it is. Returns 0, or
// `RX_ERR_NULL`, `RX_ERR_UTF8`, `RX_ERR_OFFSET` (past the end or inside a character;
// then `offsets` is unchanged).
//
// # Safety
// `text` must be NULL or point to `len` readable bytes; `offsets` NULL or `n` writable
// `size_t`s.
int64_t rx_char_offsets(const uint8_t *text, size_t len, size_t *offsets, size_t n);
// ANCHOR_END: rx_char_offsets

// ANCHOR: rx_live_objects
// How many patterns and match vectors are alive (compiled or returned, not yet freed).
int64_t rx_live_objects(void);
// ANCHOR_END: rx_live_objects

#endif  /* RX_H */
