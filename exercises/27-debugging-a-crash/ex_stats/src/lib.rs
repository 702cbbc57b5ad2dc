//! The library of the chapter 27 exercise (the learner does not change it).

// ANCHOR: mean_and_max
/// The mean of `n` doubles at `values`, and their maximum in `*out_max`.
/// Returns NaN (and leaves `*out_max` alone) if a pointer is NULL or `n` is 0.
///
/// # Safety
/// `values` must point to `n` readable doubles, `out_max` to one writable double.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn mean_and_max(values: *const f64, n: usize, out_max: *mut f64) -> f64 {
    if values.is_null() || out_max.is_null() || n == 0 {
        return f64::NAN;
    }
    // SAFETY: not NULL (checked above); the caller promises n readable doubles.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // SAFETY: not NULL (checked above); the caller promises a writable double.
    unsafe { *out_max = max };
    values.iter().sum::<f64>() / n as f64
}
// ANCHOR_END: mean_and_max
