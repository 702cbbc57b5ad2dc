/* math_ops.c: the C twin of cdylib/math_ops, with the functions this chapter uses. */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* num * num, wrapping around on overflow like the Rust version (unsigned arithmetic
   wraps in C; signed overflow would be undefined behaviour). */
int square(int num) {
    return (int)((unsigned)num * (unsigned)num);
}

// ANCHOR: square_array
/* Returns 0, or -1 (writing nothing) if either pointer is NULL. */
int square_array(const double *input, double *output, size_t n) {
    if (input == NULL || output == NULL) {
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        output[i] = input[i] * input[i];
    }
    return 0;
}
// ANCHOR_END: square_array
