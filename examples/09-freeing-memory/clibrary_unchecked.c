// get_array and free_array in their most common form: no count, no checks beyond NULL,
// and free_array returns nothing. Only C has this library; the book loads it to show a double free.
#include <stdlib.h>

int *get_array(int size) {
    int *arr = (int *)malloc(size * sizeof(int));
    if (arr == NULL) {
        return NULL;
    }
    for (int i = 0; i < size; ++i) {
        arr[i] = i;
    }
    return arr;
}

// ANCHOR: free_array
void free_array(int *arr) {
    if (arr != NULL) {  // "defensive": but a freed pointer is not NULL
        free(arr);
    }
}
// ANCHOR_END: free_array
