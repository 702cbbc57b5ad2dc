// The C twin of cdylib/clibrary for this chapter: add_numbers as a widely shared tutorial prints it
// (with straight quotes). `just build` compiles it to build/c/01-shared-libraries/libclibrary.so.
int add_numbers(int a, int b) {
    return a + b;
}
