// The C twin of cdylib/pitfalls, with the functions this chapter uses.
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

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

// ANCHOR: numbers_table
#define HIGH_ADDRESS ((void *)0x4180000000)  // 262 GiB; its low 32 bits are 0x80000000
#define TABLE_LEN 100

// The numbers 1..100 in the library's page at HIGH_ADDRESS + 256 (the Rust library keeps
// its greeting in front of them), mapped on the first call and kept until the process ends.
const int *numbers_table(void) {
    static int *table = NULL;
    if (table == NULL) {
        // Without MAP_FIXED the address is a hint: nothing already mapped is replaced.
        void *page = mmap(HIGH_ADDRESS, 4096, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == MAP_FAILED) return NULL;
        if (page != HIGH_ADDRESS) {  // the kernel put it elsewhere
            munmap(page, 4096);
            return NULL;
        }
        table = (int *)((char *)page + 256);
        for (int i = 0; i < TABLE_LEN; i++) table[i] = i + 1;
    }
    return table;
}
// ANCHOR_END: numbers_table

// ANCHOR: sum_numbers
int64_t sum_numbers(const int *numbers, size_t count) {
    if (numbers == NULL) return 0;
    int64_t sum = 0;
    for (size_t i = 0; i < count; i++) sum += numbers[i];
    return sum;
}
// ANCHOR_END: sum_numbers
