// The C twin of cdylib/clibrary for this chapter. fill_array here is the checked version
// the Rust crate exports (it is told the buffer's capacity); the unchecked version is in
// clibrary_unchecked.c.
#include <stddef.h>

void modify_value(int *num) {
    if (num != NULL) {
        *num = 99;
    }
}

// ANCHOR: fill_array
enum { FILL_COUNT = 5 };

int fill_array(int *arr, int capacity, int *count) {
    if (arr == NULL || count == NULL) {
        return -1;  // nothing written
    }
    *count = FILL_COUNT;  // how many it writes, or would need
    if (capacity < FILL_COUNT) {
        return -2;  // too small: nothing written to arr
    }
    for (int i = 0; i < FILL_COUNT; i++) {
        arr[i] = i * 10;
    }
    return 0;
}
// ANCHOR_END: fill_array
