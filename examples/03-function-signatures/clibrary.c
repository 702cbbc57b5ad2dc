// The C twin of cdylib/clibrary, with the functions this chapter uses.
int add_numbers(int a, int b) {
    return a + b;
}

double average(double a, double b) {
    return (a + b) / 2.0;
}
