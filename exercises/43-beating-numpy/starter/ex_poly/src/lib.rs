//! Exercise (chapter 43): `out[i] = 3x³ - 2x² + x - 1` for `x = xs[i]`, in one pass over
//! memory, on `threads` threads (0: one per core).

use core::ffi::c_int;
use std::thread;

// ANCHOR: starter
/// Returns 0, or -1 if a pointer is NULL while `n > 0`, or -2 if `out` overlaps `xs` (or
/// `n` doubles would not fit in memory).
///
/// # Safety
/// When `n > 0`, `xs` must point to `n` readable doubles and `out` to `n` writable ones.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn poly_f64(
    xs: *const f64,
    out: *mut f64,
    n: usize,
    threads: usize,
) -> c_int {
    // TODO: NULL pointers, an out that overlaps xs, and threads == 0 (one per core).
    // SAFETY: the caller promises n readable and n writable doubles that do not overlap.
    let (xs, out) = unsafe {
        (
            core::slice::from_raw_parts(xs, n),
            core::slice::from_raw_parts_mut(out, n),
        )
    };
    let chunk = n / threads; // TODO: is every element in one of the chunks?
    thread::scope(|scope| {
        for (o, x) in out.chunks_mut(chunk).zip(xs.chunks(chunk)).take(threads) {
            scope.spawn(move || {
                for (o, &x) in o.iter_mut().zip(x) {
                    *o = ((3.0 * x - 2.0) * x + 1.0) * x - 1.0;
                }
            });
        }
    });
    0
}
// ANCHOR_END: starter
