// A library with a global variable: the smallest code that needs -fPIC.
int counter = 0;

int bump(void) {
    return ++counter;
}
