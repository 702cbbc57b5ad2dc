// The C twin of cdylib/clibrary for this chapter: modify_value in its simplest form
// (it trusts `num`: NULL crashes here, while the Rust version ignores it).
// ANCHOR: modify_value
void modify_value(int *num) {
    *num = 99;  // write through the pointer: the caller's int changes
}
// ANCHOR_END: modify_value
