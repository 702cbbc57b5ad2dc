//! Exercise (chapter 19): the batch side of a batch call, in Rust.
//! Check your work with `just exercise chapter-19`.

// ANCHOR: starter
/// The sum of the `n` doubles at `values`: one call for a whole array.
/// Returns 0.0 when `n` is 0, and NaN when `values` is NULL while `n > 0`.
///
/// # Safety
/// When `n > 0`, `values` must be NULL or point to `n` readable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_f64(values: *const f64, n: usize) -> f64 {
    // TODO: check the pointer, make a slice of n doubles (core::slice::from_raw_parts),
    // and add them up.
    todo!()
}
// ANCHOR_END: starter
