// The C twin of cdylib/clibrary for this chapter: the seed's get_unsigned_value.
unsigned int get_unsigned_value(unsigned int input_val) {
    return input_val;
}
