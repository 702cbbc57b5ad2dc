/* math_ops.c: the C twin of cdylib/math_ops, with the functions this chapter uses. */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

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
