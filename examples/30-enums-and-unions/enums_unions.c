// The C twin of cdylib/enums_unions: the same enums, unions and functions, in C.
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#define SHAPE_INVALID -1
#define VALUE_INT 0
#define VALUE_REAL 1
#define VALUE_RATIO 2
#define VALUE_OK 0
#define VALUE_NULL_POINTER -1
#define VALUE_NOT_A_NUMBER -2

// ANCHOR: types
typedef enum { Shape_Circle, Shape_Square, Shape_Triangle } Shape;

enum Level { Level_Debug = 10, Level_Info = 20, Level_Warning = 30, Level_Error = 40, Level_Critical = 50 };
typedef uint8_t Level;  // the size Rust's #[repr(u8)] gives it

typedef union {
    double real;
    int64_t integer;
} Number;

typedef struct {
    int32_t num;
    int32_t den;
} Ratio;

typedef union {
    int64_t integer;
    double real;
    Ratio ratio;
} ValueData;

typedef struct {
    uint32_t tag;
    ValueData data;
} Value;
// ANCHOR_END: types

// ANCHOR: shape_corners
int shape_corners(Shape shape) {
    switch (shape) {
        case Shape_Circle:
            return 0;
        case Shape_Square:
            return 4;
        case Shape_Triangle:
            return 3;
    }
    return SHAPE_INVALID;  // reachable in C: a Shape is an int, and may hold 7
}
// ANCHOR_END: shape_corners

int shape_corners_checked(int32_t shape) {
    if (shape < Shape_Circle || shape > Shape_Triangle) {
        return SHAPE_INVALID;
    }
    return shape_corners((Shape)shape);
}

Level level_for_status(uint16_t status) {
    if (status >= 100 && status <= 199) return Level_Debug;
    if (status >= 200 && status <= 399) return Level_Info;
    if (status >= 400 && status <= 499) return Level_Warning;
    if (status >= 500 && status <= 599) return Level_Error;
    return Level_Critical;
}

double number_real(Number n) {
    return n.real;
}

Number number_from_int(int64_t integer) {
    Number n;
    n.integer = integer;
    return n;
}

double number_real_at(const Number *n) {
    return n == NULL ? NAN : n->real;
}

// The whole text as a number of the kind asked for (strtoll and strtod skip leading
// spaces; Rust's parse does not, so neither does this).
static int whole_int(const char *text, const char *end, long long lo, long long hi, long long *out) {
    if (text == end || *text == ' ' || *text == '\t') return 0;
    char *stop;
    errno = 0;
    long long v = strtoll(text, &stop, 10);
    if (stop != end || errno != 0 || v < lo || v > hi) return 0;
    *out = v;
    return 1;
}

// ANCHOR: value_parse
int value_parse(const char *text, Value *out) {
    if (text == NULL || out == NULL) {
        return VALUE_NULL_POINTER;
    }
    const char *end = text;
    const char *slash = NULL;
    for (; *end; end++) {
        if (*end == '/' && slash == NULL) slash = end;
    }
    long long a, b;
    if (slash != NULL) {
        if (!whole_int(text, slash, INT32_MIN, INT32_MAX, &a) ||
            !whole_int(slash + 1, end, INT32_MIN, INT32_MAX, &b)) {
            return VALUE_NOT_A_NUMBER;
        }
        out->tag = VALUE_RATIO;
        out->data.ratio.num = (int32_t)a;
        out->data.ratio.den = (int32_t)b;
        return VALUE_OK;
    }
    if (whole_int(text, end, INT64_MIN, INT64_MAX, &a)) {
        out->tag = VALUE_INT;
        out->data.integer = a;
        return VALUE_OK;
    }
    char *stop;
    double real = strtod(text, &stop);
    if (text == end || *text == ' ' || stop != end) {
        return VALUE_NOT_A_NUMBER;
    }
    out->tag = VALUE_REAL;
    out->data.real = real;
    return VALUE_OK;
}
// ANCHOR_END: value_parse

// ANCHOR: value_to_real
double value_to_real(const Value *v) {
    if (v == NULL) {
        return NAN;
    }
    switch (v->tag) {
        case VALUE_INT:
            return (double)v->data.integer;
        case VALUE_REAL:
            return v->data.real;
        case VALUE_RATIO:
            return (double)v->data.ratio.num / (double)v->data.ratio.den;
        default:
            return NAN;
    }
}
// ANCHOR_END: value_to_real
