// The C twin of cdylib/pitfalls, with the functions this chapter uses.
#include <stdint.h>
#include <stdlib.h>

double area(double width, double height) { return width * height; }

int64_t kibibytes(int64_t bytes) { return bytes / 1024; }

// ANCHOR: forgotten_export
// Hidden visibility: compiled into the library, but not in its table of exports. The C
// equivalent of a Rust `pub extern "C" fn` without #[unsafe(no_mangle)].
__attribute__((visibility("hidden"), used)) int forgotten_export(int a, int b) { return a * b; }
// ANCHOR_END: forgotten_export

int exported(int a, int b) { return a * b; }

