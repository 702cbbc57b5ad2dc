// The C twin of cdylib/clibrary for this chapter: the two functions that take a buffer of
// doubles and its length.
#include <math.h>
#include <stddef.h>

double sum_doubles(const double *values, size_t n) {
    if (n == 0) {
        return 0.0;
    }
    if (values == NULL) {
        return NAN;
    }
    double total = 0.0;
    for (size_t i = 0; i < n; i++) {
        total += values[i];
    }
    return total;
}

// ANCHOR: scale_doubles
int scale_doubles(double *values, size_t n, double factor) {
    if (n == 0) {
        return 0;
    }
    if (values == NULL) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        values[i] *= factor;
    }
    return 0;
}
// ANCHOR_END: scale_doubles
