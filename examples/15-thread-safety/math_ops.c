/* math_ops.c: the C twin of cdylib/math_ops (the same file in chapters 13 to 17). */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

// ANCHOR: square
/* num * num, wrapping around on overflow like the Rust version (unsigned arithmetic
   wraps in C; signed overflow would be undefined behaviour). */
int square(int num) {
    return (int)((unsigned)num * (unsigned)num);
}
// ANCHOR_END: square

// ANCHOR: safe_add
int safe_add(int a, int b) {
    return (int)((unsigned)a + (unsigned)b);
}
// ANCHOR_END: safe_add

// ANCHOR: spin
/* Burns CPU for `iterations` xorshift steps; the result depends on every step. */
uint64_t spin(uint64_t iterations) {
    uint64_t x = 0x9E3779B97F4A7C15u;
    for (uint64_t i = 0; i < iterations; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}
// ANCHOR_END: spin

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

// ANCHOR: counter
static _Atomic uint64_t counter = 0;

/* Adds 1 to the shared counter, `times` times, one atomic step at a time. */
void counter_add(uint64_t times) {
    for (uint64_t i = 0; i < times; i++) {
        atomic_fetch_add_explicit(&counter, 1, memory_order_relaxed);
    }
}

uint64_t counter_get(void) {
    return atomic_load_explicit(&counter, memory_order_relaxed);
}

void counter_reset(void) {
    atomic_store_explicit(&counter, 0, memory_order_relaxed);
}
// ANCHOR_END: counter
