// The C twin of cdylib/clibrary for this chapter: allocate_array in its common form, plus
// free_array and a count of arrays not freed yet (live_arrays), so the same scripts can
// clean up after themselves against C and Rust alike.
#include <stdlib.h>

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
