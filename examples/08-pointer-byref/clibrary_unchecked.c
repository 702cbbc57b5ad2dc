// fill_array without a capacity: it writes five ints into whatever `arr` points to,
// however small. Only C has this version; the book loads it
// only to show what an undersized buffer does.
// ANCHOR: fill_array
void fill_array(int *arr, int *count) {
    for (int i = 0; i < 5; i++) {
        arr[i] = i * 10;  // no idea how big arr is
    }
    *count = 5;
}
// ANCHOR_END: fill_array
