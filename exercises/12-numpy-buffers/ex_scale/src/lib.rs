//! The library of the chapter 12 exercise (the learner does not change it).

use core::ffi::c_int;

// ANCHOR: scale_in_place
/// Multiplies `n` contiguous doubles at `values` by `factor`, in place.
/// Returns 0, or -1 if `values` is NULL while `n > 0`.
///
/// # Safety
/// When `n > 0`, `values` must point to `n` contiguous, writable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn scale_in_place(values: *mut f64, n: usize, factor: f64) -> c_int {
    if n == 0 {
        return 0;
    }
    if values.is_null() {
        return -1;
    }
    // SAFETY: not NULL (checked above); the caller promises n contiguous writable doubles.
    let values = unsafe { core::slice::from_raw_parts_mut(values, n) };
    for v in values {
        *v *= factor;
    }
    0
}
// ANCHOR_END: scale_in_place
