// The C twin of cdylib/clibrary for this chapter: the seed's add_numbers, as printed there
// (with straight quotes). `just build` compiles it to build/c/01-shared-libraries/libclibrary.so.
int add_numbers(int a, int b) {
    return a + b;
}
