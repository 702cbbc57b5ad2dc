// The C twin of cdylib/clibrary for this chapter: get_unsigned_value from a widely shared tutorial.
unsigned int get_unsigned_value(unsigned int input_val) {
    return input_val;
}
