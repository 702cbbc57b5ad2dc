// The C twin of cdylib/pitfalls, with the functions this chapter uses.
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: greeting
const char *greeting(void) { return "hello from the library"; }
// ANCHOR_END: greeting

// ANCHOR: area
double area(double width, double height) { return width * height; }

int64_t kibibytes(int64_t bytes) { return bytes / 1024; }
// ANCHOR_END: area

int exported(int a, int b) { return a * b; }

