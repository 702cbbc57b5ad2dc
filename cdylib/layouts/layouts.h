#define LAYOUTS_PACKED __attribute__((packed))
#define LAYOUTS_ALIGNED(n) __attribute__((aligned(n)))

#ifndef LAYOUTS_H
#define LAYOUTS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// A pointer argument is NULL.
#define ERR_NULL -1

// The output buffer is smaller than the result, or a name does not fit.
#define ERR_TOO_SMALL -2

// An argument is outside what the format or the struct allows.
#define ERR_INVALID -3

// A pointer is not aligned as its type requires.
#define ERR_MISALIGNED -4

// An index is not below the length.
#define ERR_OUT_OF_RANGE -5

// A result does not fit in its type.
#define ERR_OVERFLOW -6

// What `rgb565_to_rgb888` returns for a NULL pointer: no colour is 32 bits wide.
#define RGB888_NULL 4294967295

// The bytes `png_header` writes: the 8-byte PNG signature and the 25-byte IHDR chunk.
#define PNG_HEADER_SIZE 33

// What the three `layout_*` functions return for a NULL or unknown name.
#define LAYOUT_UNKNOWN -1

// ANCHOR: Rgb565
// A 16-bit pixel: blue in bits 0-4, green in bits 5-10, red in bits 11-15. C declares it
// with bit fields; Rust has none, so the bits live in one `u16` and the methods below
// shift and mask. The header shows it as what it is to C: a `uint16_t`.
typedef uint16_t Rgb565;
// ANCHOR_END: Rgb565

// ANCHOR: Range
// A half-open interval `[lo, hi)`.
typedef struct {
  float lo;
  float hi;
} Range;
// ANCHOR_END: Range

// ANCHOR: Histogram
// Counts of values in four equal buckets of `range`: a struct with a nested struct and
// two arrays inside it.
typedef struct {
  // A name of at most 5 bytes, NUL-terminated.
  char label[6];
  Range range;
  uint32_t counts[4];
  // Every value added, inside `range` or not.
  uint64_t total;
} Histogram;
// ANCHOR_END: Histogram

// ANCHOR: BmpFileHeader
// The 14 bytes that start every BMP file, all little-endian. `packed`: no padding, so
// `file_size` starts at offset 2, where C alignment rules would put it at 4.
typedef struct LAYOUTS_PACKED {
  // `b"BM"`
  uint8_t magic[2];
  uint32_t file_size;
  uint16_t reserved[2];
  // Where the pixels start: 14 + the 40-byte info header that follows this one.
  uint32_t pixel_offset;
} BmpFileHeader;
// ANCHOR_END: BmpFileHeader

// ANCHOR: PaddedCounter
// A counter alone on a 64-byte cache line, so that threads bumping neighbouring
// counters do not fight over one line. `align(64)` also makes its size 64.
typedef struct LAYOUTS_ALIGNED(64) {
  uint64_t value;
} PaddedCounter;
// ANCHOR_END: PaddedCounter

// ANCHOR: rgb565_pack
// The RGB565 pixel closest to an 8-bit-per-channel colour: the top 5, 6 and 5 bits of
// red, green and blue.
Rgb565 rgb565_pack(uint8_t red, uint8_t green, uint8_t blue);
// ANCHOR_END: rgb565_pack

// ANCHOR: rgb565_to_rgb888
// The pixel as 0xRRGGBB, each field widened to 8 bits by repeating its top bits
// (31 becomes 255, 0 stays 0). Returns `RGB888_NULL` if `pixel` is NULL.
//
// # Safety
// `pixel` must be NULL or point to a readable `Rgb565`.
uint32_t rgb565_to_rgb888(const Rgb565 *pixel);
// ANCHOR_END: rgb565_to_rgb888

// ANCHOR: histogram_init
// Sets up `*h`: copies `label` (at most 5 bytes), sets the range, zeroes the counts.
// Returns 0; `ERR_NULL` if a pointer is NULL; `ERR_TOO_SMALL` if the label does not fit;
// `ERR_INVALID` unless `lo < hi`, both finite.
//
// # Safety
// `h` must be NULL or point to a writable `Histogram`; `label` must be NULL or a
// NUL-terminated string.
int histogram_init(Histogram *h, const char *label, float lo, float hi);
// ANCHOR_END: histogram_init

// ANCHOR: histogram_add
// Adds `n` values to `*h`: each value in `[lo, hi)` increments its bucket, and every
// value increments `total`. Returns 0; `ERR_NULL` for a NULL pointer (with `n > 0` for
// `values`); `ERR_INVALID` if the histogram's range is not `lo < hi`, both finite (the
// caller can write any bytes into it); `ERR_OVERFLOW` if a count would pass its maximum.
//
// # Safety
// `h` must be NULL or point to a writable `Histogram`; `values` must be NULL or point
// to `n` readable `f32`s.
int histogram_add(Histogram *h, const float *values, size_t n);
// ANCHOR_END: histogram_add

// ANCHOR: bmp_file_header
// The file header of a 24-bit BMP of `width` x `height` pixels (rows padded to 4 bytes).
// Returns 0; `ERR_NULL` if `out` is NULL; `ERR_OVERFLOW` if the file would be larger
// than 4 GiB, the most its `u32` size field can say.
//
// # Safety
// `out` must be NULL or point to 14 writable bytes (any alignment).
int bmp_file_header(uint32_t width, uint32_t height, BmpFileHeader *out);
// ANCHOR_END: bmp_file_header

// ANCHOR: bmp_pixel_bytes
// How many bytes of pixel data (and padding) the header says follow it: `file_size -
// pixel_offset`. `ERR_NULL` if `header` is NULL, `ERR_INVALID` if the magic is not
// `BM` or the offset lies past the end.
//
// # Safety
// `header` must be NULL or point to 14 readable bytes (any alignment).
int64_t bmp_pixel_bytes(const BmpFileHeader *header);
// ANCHOR_END: bmp_pixel_bytes

// ANCHOR: padded_counter_add
// Adds `amount` to `counters[index]`, one of `n`. Returns 0; `ERR_NULL` if `counters`
// is NULL; `ERR_MISALIGNED` if it is not 64-byte aligned (a `&PaddedCounter` must be);
// `ERR_OUT_OF_RANGE` unless `index < n`; `ERR_OVERFLOW` if the counter would pass
// `u64::MAX`.
//
// # Safety
// `counters` must be NULL or point to `n` `PaddedCounter`s (64 bytes each).
int padded_counter_add(PaddedCounter *counters, size_t n, size_t index, uint64_t amount);
// ANCHOR_END: padded_counter_add

// ANCHOR: png_header
// Writes the start of a PNG file into `out`: the signature, then the IHDR chunk (length,
// type, width, height, bit depth, colour type, compression, filter and interlace
// method, CRC-32), every number big-endian, as the PNG specification says. Returns
// `PNG_HEADER_SIZE`; `ERR_NULL` if `out` is NULL; `ERR_TOO_SMALL` if `capacity` is below
// it; `ERR_INVALID` for a width or height of 0 or above 2^31 - 1, or a bit depth the
// colour type does not allow.
//
// # Safety
// `out` must be NULL or point to `capacity` writable bytes.
int png_header(uint32_t width,
               uint32_t height,
               uint8_t bit_depth,
               uint8_t color_type,
               uint8_t *out,
               size_t capacity);
// ANCHOR_END: png_header

// ANCHOR: layout_sizeof
// `sizeof(type_name)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
//
// # Safety
// `type_name` must be NULL or a NUL-terminated string.
ptrdiff_t layout_sizeof(const char *type_name);
// ANCHOR_END: layout_sizeof

// ANCHOR: layout_alignof
// `alignof(type_name)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
//
// # Safety
// `type_name` must be NULL or a NUL-terminated string.
ptrdiff_t layout_alignof(const char *type_name);
// ANCHOR_END: layout_alignof

// ANCHOR: layout_offsetof
// `offsetof(type_name, field)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
//
// # Safety
// `type_name` and `field` must each be NULL or a NUL-terminated string.
ptrdiff_t layout_offsetof(const char *type_name, const char *field);
// ANCHOR_END: layout_offsetof

#endif  /* LAYOUTS_H */
