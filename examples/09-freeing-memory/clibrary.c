// The C twin of cdylib/clibrary for this chapter: get_array and free_array with malloc and
// free, plus the count of arrays not freed yet (live_arrays).
#include <stdlib.h>

static int live = 0;  // arrays handed out and not freed yet

// ANCHOR: get_array
int *get_array(int size) {
    int *arr = (int *)malloc(size * sizeof(int));
    if (arr == NULL) {
        return NULL;
    }
    for (int i = 0; i < size; ++i) {
        arr[i] = i;
    }
    live++;
    return arr;
}
// ANCHOR_END: get_array

// ANCHOR: free_array
int free_array(int *arr) {
    if (arr != NULL) {
        free(arr);  // plain C cannot tell a live array from a freed one: never -1
        live--;
    }
    return 0;
}
// ANCHOR_END: free_array

// ANCHOR: live_arrays
int live_arrays(void) {
    return live;
}
// ANCHOR_END: live_arrays
