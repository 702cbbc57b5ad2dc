/* racy_counter.c: shared state done WRONG, on purpose. C only: safe Rust will not compile it
   (see shared_counter/ next to this file). */
#include <stdint.h>

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

uint64_t counter_get(void) {
    return counter;
}

void counter_reset(void) {
    counter = 0;
}
