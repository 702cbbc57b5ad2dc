// The C twin of cdylib/clibrary for this chapter: allocate_array in its common form, plus
// free_array and a count of arrays not freed yet (live_arrays), so the same scripts can
// clean up after themselves against C and Rust alike, and array_above_4gib.
#include <stdlib.h>
#include <sys/mman.h>

static int live = 0;  // arrays handed out and not freed yet

// ANCHOR: allocate_array
int *allocate_array(int size) {
    int *arr = (int *)malloc(size * sizeof(int));
    if (arr == NULL) {
        return NULL;
    }
    for (int i = 0; i < size; ++i) {
        arr[i] = i + 1;
    }
    live++;
    return arr;
}
// ANCHOR_END: allocate_array

// Same signature as the Rust version. Unlike Rust's registry, plain C cannot tell a live
// array from a freed one, so it never returns -1 for a double free.
int free_array(int *arr) {
    if (arr != NULL) {
        free(arr);
        live--;
    }
    return 0;
}

int live_arrays(void) {
    return live;
}

// ANCHOR: array_above_4gib
#define HIGH_ADDRESS ((void *)0x4080000000)  // 258 GiB; its low 32 bits are 0x80000000

const int *array_above_4gib(void) {
    static int *array = NULL;  // mapped on the first call, kept until the process ends
    if (array == NULL) {
        // Without MAP_FIXED the address is a hint: nothing already mapped is replaced.
        void *page = mmap(HIGH_ADDRESS, 4096, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page == MAP_FAILED) {
            return NULL;
        }
        if (page != HIGH_ADDRESS) {  // the kernel put it elsewhere
            munmap(page, 4096);
            return NULL;
        }
        array = page;
        for (int i = 0; i < 5; ++i) {
            array[i] = i + 1;
        }
    }
    return array;
}
// ANCHOR_END: array_above_4gib
