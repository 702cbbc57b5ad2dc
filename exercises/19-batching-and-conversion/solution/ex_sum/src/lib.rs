//! Exercise (chapter 19): the batch side of a batch call, in Rust.
//! Check your work with `just exercise chapter-19`.

// ANCHOR: solution
/// The sum of the `n` doubles at `values`: one call for a whole array.
/// Returns 0.0 when `n` is 0, and NaN when `values` is NULL while `n > 0`.
///
/// # Safety
/// When `n > 0`, `values` must be NULL or point to `n` readable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_f64(values: *const f64, n: usize) -> f64 {
    if n == 0 {
        return 0.0; // any pointer, even NULL or dangling, is fine for an empty array
    }
    if values.is_null() {
        return f64::NAN;
    }
    // SAFETY: not NULL (checked above), and the caller promises n readable doubles.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    values.iter().sum()
}
// ANCHOR_END: solution
