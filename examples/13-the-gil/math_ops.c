/* math_ops.c: the C twin of cdylib/math_ops, with the functions this chapter uses. */
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <sched.h>
#include <time.h>

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

// ANCHOR: rendezvous
static _Atomic uint32_t arrived = 0;

void rendezvous_reset(void) {
    atomic_store(&arrived, 0);
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Arrives, then waits until `parties` callers have arrived (1) or the timeout passed (0). */
int rendezvous(uint32_t parties, uint32_t timeout_ms) {
    atomic_fetch_add(&arrived, 1);
    double deadline = now_ms() + timeout_ms;
    while (atomic_load(&arrived) < parties) {
        if (now_ms() >= deadline) {
            return 0;
        }
        sched_yield();
    }
    return 1;
}
// ANCHOR_END: rendezvous
