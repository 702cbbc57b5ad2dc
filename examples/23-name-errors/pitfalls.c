// The C twin of cdylib/pitfalls: the same functions, the same mistakes waiting to happen.
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: greeting
const char *greeting(void) { return "hello from the library"; }
// ANCHOR_END: greeting

// ANCHOR: area
double area(double width, double height) { return width * height; }

int64_t kibibytes(int64_t bytes) { return bytes / 1024; }
// ANCHOR_END: area

// ANCHOR: forgotten_export
// Hidden visibility: compiled into the library, but not in its table of exports. The C
// equivalent of a Rust `pub extern "C" fn` without #[unsafe(no_mangle)].
__attribute__((visibility("hidden"), used)) int forgotten_export(int a, int b) { return a * b; }
// ANCHOR_END: forgotten_export

int exported(int a, int b) { return a * b; }

// ANCHOR: memory
int *make_numbers(size_t count) {
    if (count == 0 || count > 1000000) return NULL;
    int *numbers = malloc(count * sizeof *numbers);
    if (numbers == NULL) return NULL;
    for (size_t i = 0; i < count; i++) numbers[i] = (int)(i + 1);
    return numbers;
}

void free_numbers(int *numbers, size_t count) {
    (void)count;
    free(numbers);
}
// ANCHOR_END: memory

// ANCHOR: sum_numbers
int64_t sum_numbers(const int *numbers, size_t count) {
    if (numbers == NULL) return 0;
    int64_t sum = 0;
    for (size_t i = 0; i < count; i++) sum += numbers[i];
    return sum;
}
// ANCHOR_END: sum_numbers
