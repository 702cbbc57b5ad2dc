/* The C twin of the parts of cdylib/batch_ops that chapter 19 uses.
 * Built by the book at -O2 (gcc leaves the loop scalar there) and by the benchmark
 * at -O2 and -O3 (where gcc turns it into packed SIMD additions). */
#include <stddef.h>

// ANCHOR: add_f64
double add_f64(double a, double b) { return a + b; }
// ANCHOR_END: add_f64

// ANCHOR: batch_add_f64
int batch_add_f64(const double *a, const double *b, double *out, size_t n) {
    if (n == 0) return 0;
    if (a == NULL || b == NULL || out == NULL) return -1;
    for (size_t i = 0; i < n; i++) out[i] = a[i] + b[i];
    return 0;
}
// ANCHOR_END: batch_add_f64
