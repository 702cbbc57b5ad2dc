//! The library of the chapter 6 exercise (the learner does not change it).

use core::ffi::c_int;

// ANCHOR: double_in_place
/// Doubles the int `value` points to, in place (wrapping on overflow).
/// Returns 0, or -1 without touching anything if `value` is NULL.
///
/// # Safety
/// `value` must be NULL or point to a writable, aligned C int.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn double_in_place(value: *mut c_int) -> c_int {
    if value.is_null() {
        return -1;
    }
    // SAFETY: not NULL (checked above); the caller promises a writable, aligned int.
    unsafe { *value = (*value).wrapping_mul(2) };
    0
}
// ANCHOR_END: double_in_place
