// The C twin of cdylib/clibrary, with the functions this chapter uses.
unsigned int get_unsigned_value(unsigned int input_val) {
    return input_val;
}
