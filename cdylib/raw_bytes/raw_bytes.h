#ifndef RAW_BYTES_H
#define RAW_BYTES_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// A pointer argument is NULL.
#define ERR_NULL -1

// An argument is outside what the function allows.
#define ERR_INVALID -3

// A pointer is not aligned as its type requires.
#define ERR_MISALIGNED -4

// The largest `limit` `primes_below` accepts.
#define PRIMES_LIMIT (1 << 20)

// ANCHOR: PrimeList
// A count followed by that many primes: a struct whose size depends on its contents.
// `primes` is a C flexible array member: `size_of::<PrimeList>()` is 4, and the
// primes live in the bytes after it.
typedef struct {
  uint32_t count;
  uint32_t primes[0];
} PrimeList;
// ANCHOR_END: PrimeList

// ANCHOR: live_buffers
// How many buffers from `rle_encode` and `wide_reversed` are not given back yet.
int live_buffers(void);
// ANCHOR_END: live_buffers

// ANCHOR: bytes_adler32
// The Adler-32 checksum of `len` bytes (zlib's, `zlib.adler32` in Python), or -1 if
// `data` is NULL and `len` is not 0. Embedded zero bytes are data like any other.
//
// # Safety
// `data` must be NULL or point to `len` readable bytes.
int64_t bytes_adler32(const uint8_t *data, size_t len);
// ANCHOR_END: bytes_adler32

// ANCHOR: bytes_xor
// XORs each of `len` bytes with `key`, in place. Returns 0, or -1 if `data` is NULL and
// `len` is not 0.
//
// # Safety
// `data` must be NULL or point to `len` writable bytes.
int bytes_xor(uint8_t *data, size_t len, uint8_t key);
// ANCHOR_END: bytes_xor

// ANCHOR: rle_encode
// Run-length encodes `len` bytes: each run of up to 255 equal bytes becomes two bytes,
// (count, byte). Returns a new buffer of `*out_len` bytes, which the caller passes to
// `bytes_free` with that length. Returns NULL (and sets `*out_len` to 0) if `out_len`
// is NULL, `data` is NULL with `len` > 0, or memory runs out. An empty input gives a
// valid pointer to 0 bytes, which goes to `bytes_free` too.
//
// # Safety
// `data` must be NULL or point to `len` readable bytes; `out_len` must be NULL or point
// to a writable `size_t`.
uint8_t *rle_encode(const uint8_t *data, size_t len, size_t *out_len);
// ANCHOR_END: rle_encode

// ANCHOR: bytes_free
// Gives back a buffer from `rle_encode`. NULL is ignored.
//
// # Safety
// `data` must be NULL, or a pointer `rle_encode` returned, with the `len` it wrote to
// `*out_len`, not freed before. Rust's allocator needs the size back: a wrong `len` is
// undefined behaviour.
void bytes_free(uint8_t *data, size_t len);
// ANCHOR_END: bytes_free

// ANCHOR: wide_reverse
// Writes `text` reversed, unit by unit, and a terminating 0 into `out`, if `capacity`
// (in `wchar_t`s) has room for both; otherwise writes nothing. Returns the length of the
// reversed text without the 0, so a call with `out` NULL and `capacity` 0 asks how much
// room to make. `ERR_NULL` if `text` is NULL, or `out` is NULL with `capacity` > 0.
//
// # Safety
// `text` must be NULL or a 0-terminated `wchar_t` string; `out` must be NULL or point
// to `capacity` writable `wchar_t`s that do not overlap `text`.
ptrdiff_t wide_reverse(const wchar_t *text, wchar_t *out, size_t capacity);
// ANCHOR_END: wide_reverse

// ANCHOR: wide_reversed
// A new 0-terminated wide string: `text` reversed. The caller passes it to `wide_free`.
// NULL if `text` is NULL.
//
// # Safety
// `text` must be NULL or a 0-terminated `wchar_t` string.
wchar_t *wide_reversed(const wchar_t *text);
// ANCHOR_END: wide_reversed

// ANCHOR: wide_free
// Gives back a string from `wide_reversed`. NULL is ignored.
//
// # Safety
// `text` must be NULL or come from `wide_reversed`, unchanged and not freed before.
void wide_free(wchar_t *text);
// ANCHOR_END: wide_free

// ANCHOR: primes_below
// The primes below `limit`, written into `*out` if its `capacity` bytes (the header
// included) are enough; otherwise nothing is written. Returns the number of bytes the
// whole list needs, so a call with `out` NULL and `capacity` 0 asks for the size.
// `ERR_NULL` if `out` is NULL with `capacity` > 0, `ERR_MISALIGNED` if `out` is not
// 4-byte aligned, `ERR_INVALID` if `limit` is above `PRIMES_LIMIT`.
//
// # Safety
// `out` must be NULL or point to `capacity` writable bytes.
ptrdiff_t primes_below(uint32_t limit, PrimeList *out, size_t capacity);
// ANCHOR_END: primes_below

#endif  /* RAW_BYTES_H */
