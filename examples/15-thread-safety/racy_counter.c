/* racy_counter.c: shared state done WRONG, on purpose. The C twin of cdylib/racy_counter,
   whose Rust writes the same lost update with atomics (safe Rust will not compile this C:
   see shared_counter/ next to this file). */
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <time.h>

// ANCHOR: racy
/* volatile makes the compiler load, add and store on every step instead of adding
   `times` once at the end; it does NOT make the steps atomic. */
static volatile uint64_t counter = 0;

void counter_add(uint64_t times) {
    for (uint64_t i = 0; i < times; i++) {
        counter = counter + 1; /* load, add 1, store: another thread can store in between */
    }
}
// ANCHOR_END: racy

// ANCHOR: lockstep
static _Atomic uint64_t loaded = 0; /* loads so far, both callers together */

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* counter_add's load and store, with each of two callers waiting, after its load, until the
   other has loaded too. Returns 1, or 0 (early) if the other did not come within timeout_ms. */
int counter_add_lockstep(uint64_t times, uint32_t timeout_ms) {
    for (uint64_t step = 1; step <= times; step++) {
        uint64_t current = counter; /* load */
        atomic_fetch_add(&loaded, 1);
        double deadline = now_ms() + timeout_ms;
        while (atomic_load(&loaded) / 2 < step) { /* the other caller has not loaded yet */
            if (now_ms() >= deadline) {
                atomic_store(&loaded, 0); /* start over, so no later call meets a ghost */
                return 0;
            }
            sched_yield();
        }
        counter = current + 1; /* store: the other caller stores the same value */
    }
    return 1;
}
// ANCHOR_END: lockstep

uint64_t counter_get(void) {
    return counter;
}

void counter_reset(void) {
    counter = 0;
    atomic_store(&loaded, 0);
}
