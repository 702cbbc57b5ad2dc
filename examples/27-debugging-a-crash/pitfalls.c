// The C twin of cdylib/pitfalls, with the functions this chapter uses.
#include <stdint.h>
#include <stdlib.h>

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
