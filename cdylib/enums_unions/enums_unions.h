#ifndef ENUMS_UNIONS_H
#define ENUMS_UNIONS_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// `shape_corners_checked` returns this for an integer that is not a `Shape`.
#define SHAPE_INVALID -1

// `Value::tag` for an integer: `data.integer` holds it.
#define VALUE_INT 0

// `Value::tag` for a double: `data.real` holds it.
#define VALUE_REAL 1

// `Value::tag` for a fraction: `data.ratio` holds it.
#define VALUE_RATIO 2

// `value_parse` succeeded.
#define VALUE_OK 0

// A pointer argument was NULL.
#define VALUE_NULL_POINTER -1

// The text is not an integer, a decimal number or a fraction `a/b`.
#define VALUE_NOT_A_NUMBER -2

// ANCHOR: Shape
// A fieldless enum with `#[repr(C)]`: the size and values of a C `enum`.
typedef enum {
  Shape_Circle,
  Shape_Square,
  Shape_Triangle,
} Shape;
// ANCHOR_END: Shape

// ANCHOR: Level
// `#[repr(u8)]`: one byte. The values are the levels of Python's `logging` module.
enum Level
#if __STDC_VERSION__ >= 202311L
  : uint8_t
#endif // __STDC_VERSION__ >= 202311L
 {
  Level_Debug = 10,
  Level_Info = 20,
  Level_Warning = 30,
  Level_Error = 40,
  Level_Critical = 50,
};
#if __STDC_VERSION__ >= 202311L
typedef enum Level Level;
#else
typedef uint8_t Level;
#endif // __STDC_VERSION__ >= 202311L
// ANCHOR_END: Level

// ANCHOR: Number
// Eight bytes, read as a double or as a 64-bit integer: both fields start at offset 0.
typedef union {
  double real;
  int64_t integer;
} Number;
// ANCHOR_END: Number

// ANCHOR: Ratio
// A fraction `num / den`.
typedef struct {
  int32_t num;
  int32_t den;
} Ratio;
// ANCHOR_END: Ratio

// ANCHOR: ValueData
// The payload of a `Value`: which field is meaningful, only the tag says.
typedef union {
  int64_t integer;
  double real;
  Ratio ratio;
} ValueData;
// ANCHOR_END: ValueData

// ANCHOR: Value
// A tagged union: a tag (`VALUE_INT`, `VALUE_REAL` or `VALUE_RATIO`) and the union it
// describes. 16 bytes: the tag, 4 bytes of padding, 8 bytes of union.
typedef struct {
  uint32_t tag;
  ValueData data;
} Value;
// ANCHOR_END: Value

// ANCHOR: shape_corners
// How many corners `shape` has. Takes the enum itself: Rust assumes `shape` is one of
// its three values, and a caller passing any other integer is undefined behaviour.
int shape_corners(Shape shape);
// ANCHOR_END: shape_corners

// ANCHOR: shape_corners_checked
// How many corners the shape numbered `shape` has, or `SHAPE_INVALID`. Takes a plain
// integer, which may hold anything, and turns it into a `Shape` only after checking it.
int shape_corners_checked(int32_t shape);
// ANCHOR_END: shape_corners_checked

// ANCHOR: level_for_status
// The log level for an HTTP status code. Returning an enum is safe: Rust only ever
// produces one of its values.
Level level_for_status(uint16_t status);
// ANCHOR_END: level_for_status

// ANCHOR: number_real
// `n.real`, with the union passed by value.
double number_real(Number n);
// ANCHOR_END: number_real

// ANCHOR: number_from_int
// A `Number` holding `integer`, returned by value.
Number number_from_int(int64_t integer);
// ANCHOR_END: number_from_int

// ANCHOR: number_real_at
// `n->real`, with the union passed by pointer. NaN if `n` is NULL.
//
// # Safety
// `n` must be NULL or point to a readable `Number`.
double number_real_at(const Number *n);
// ANCHOR_END: number_real_at

// ANCHOR: value_parse
// Parses `"42"` (an integer), `"2.5"` (a double) or `"3/4"` (a fraction) into `*out`.
// Returns `VALUE_OK` or an error code; on error `*out` is unchanged.
//
// # Safety
// `text` must be NULL or a NUL-terminated string; `out` NULL or a writable `Value`.
int value_parse(const char *text, Value *out);
// ANCHOR_END: value_parse

// ANCHOR: value_to_real
// The value as a double: the integer converted, the double itself, the fraction divided.
// NaN if `v` is NULL or its tag is none of the three.
//
// # Safety
// `v` must be NULL or point to a readable `Value`.
double value_to_real(const Value *v);
// ANCHOR_END: value_to_real

#endif  /* ENUMS_UNIONS_H */
