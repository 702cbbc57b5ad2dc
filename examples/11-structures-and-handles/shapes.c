// The C twin of cdylib/shapes: the same structs and functions, in C.
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: structs
typedef struct {
    double x;
    double y;
} Point;

typedef struct {
    uint8_t flag;  // 1 byte, then 7 bytes of padding so that value starts at offset 8
    double value;
    int16_t id;  // 2 bytes, then 6 bytes of padding: sizeof is a multiple of 8
} Sample;
// ANCHOR_END: structs

double point_distance(Point a, Point b) {
    return hypot(a.x - b.x, a.y - b.y);
}

Point point_midpoint(Point a, Point b) {
    Point m = {(a.x + b.x) / 2.0, (a.y + b.y) / 2.0};
    return m;
}

int point_scale(Point *p, double factor) {
    if (p == NULL) {
        return -1;
    }
    p->x *= factor;
    p->y *= factor;
    return 0;
}

double polygon_perimeter(const Point *points, size_t n) {
    if (n == 0) {
        return 0.0;
    }
    if (points == NULL) {
        return NAN;
    }
    if (n < 2) {
        return 0.0;
    }
    double total = point_distance(points[n - 1], points[0]);
    for (size_t i = 1; i < n; i++) {
        total += point_distance(points[i - 1], points[i]);
    }
    return total;
}

size_t sample_size(void) {
    return sizeof(Sample);
}

size_t sample_value_offset(void) {
    return offsetof(Sample, value);
}

size_t sample_id_offset(void) {
    return offsetof(Sample, id);
}

Sample sample_make(uint8_t flag, double value, int16_t id) {
    Sample s = {flag, value, id};
    return s;
}

// ANCHOR: accumulator
struct Accumulator {  // defined only here: callers see an incomplete type
    double sum;
    long count;
};
typedef struct Accumulator Accumulator;

static int live = 0;

Accumulator *accumulator_new(void) {
    Accumulator *acc = calloc(1, sizeof *acc);
    if (acc != NULL) {
        live++;
    }
    return acc;
}

void accumulator_free(Accumulator *acc) {
    if (acc != NULL) {
        free(acc);
        live--;
    }
}
// ANCHOR_END: accumulator

int accumulator_add(Accumulator *acc, double value) {
    if (acc == NULL) {
        return -1;
    }
    acc->sum += value;
    acc->count += 1;
    return 0;
}

double accumulator_mean(const Accumulator *acc) {
    return acc == NULL || acc->count == 0 ? NAN : acc->sum / acc->count;
}

long accumulator_count(const Accumulator *acc) {
    return acc == NULL ? -1 : acc->count;
}

int live_accumulators(void) {
    return live;
}
