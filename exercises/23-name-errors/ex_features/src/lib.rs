//! The library of the chapter 23 exercise (the learner does not change it). This version
//! exports `fast_sum`; a newer one might also export `fast_mean`. Python must cope with both.

// ANCHOR: fast_sum
/// The sum of `n` doubles at `values` (0.0 if `values` is NULL).
///
/// # Safety
/// `values` must be NULL or point to `n` readable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fast_sum(values: *const f64, n: usize) -> f64 {
    if values.is_null() {
        return 0.0;
    }
    // SAFETY: not NULL (checked above); the caller promises n readable doubles.
    unsafe { core::slice::from_raw_parts(values, n) }
        .iter()
        .sum()
}
// ANCHOR_END: fast_sum
