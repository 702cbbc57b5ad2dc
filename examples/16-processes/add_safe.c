/* add_safe.c: the C twin of cdylib/add_safe, the Q&A's library under its own name. */

// ANCHOR: add_safe
/* The Q&A writes `return a + b;`: when the sum does not fit in an int, that is undefined
   behaviour in C, and the compiler may assume it never happens. Unsigned arithmetic wraps
   around instead (INT_MAX + 1 gives INT_MIN), like the Rust version. */
int add_safe(int a, int b) {
    return (int)((unsigned)a + (unsigned)b);
}
// ANCHOR_END: add_safe
