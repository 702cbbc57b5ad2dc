// A C-only library (Rust has no bit-fields): a struct with bit-fields, by value and by pointer.
#include <stddef.h>
#include <stdint.h>

// ANCHOR: Reading
typedef struct {
    uint32_t sensor : 12;  // three bit-fields share one 32-bit unit
    uint32_t channel : 4;
    uint32_t status : 16;
    uint32_t sequence;
    float low;  // then two floats: 16 bytes in all
    float high;
} Reading;

float reading_width(Reading r) {
    return r.high - r.low;
}

float reading_width_at(const Reading *r) {
    return r == NULL ? -1.0f : r->high - r->low;
}
// ANCHOR_END: Reading
