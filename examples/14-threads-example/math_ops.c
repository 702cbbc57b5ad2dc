/* math_ops.c: the C twin of cdylib/math_ops, with the functions this chapter uses. */
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
