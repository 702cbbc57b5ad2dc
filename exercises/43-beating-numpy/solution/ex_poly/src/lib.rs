//! Exercise (chapter 43): `out[i] = 3x³ - 2x² + x - 1` for `x = xs[i]`, in one pass over
//! memory, on `threads` threads (0: one per core).

use core::ffi::c_int;
use std::num::NonZeroUsize;
use std::thread;

// ANCHOR: solution
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
    if n == 0 {
        return 0;
    }
    if xs.is_null() || out.is_null() {
        return -1;
    }
    if n > isize::MAX as usize / 8 {
        return -2;
    }
    let (start, end) = (xs as usize, xs as usize + 8 * n);
    if (out as usize) < end && start < out as usize + 8 * n {
        return -2;
    }
    // SAFETY: non-NULL, n doubles each as the caller promises, and they do not overlap.
    let (xs, out) = unsafe {
        (
            core::slice::from_raw_parts(xs, n),
            core::slice::from_raw_parts_mut(out, n),
        )
    };
    let threads = match threads {
        0 => thread::available_parallelism().map_or(1, NonZeroUsize::get),
        t => t,
    };
    // Round up, so that `threads` chunks cover all n elements; never 0, even if n < threads.
    let chunk = n.div_ceil(threads.min(n));
    thread::scope(|scope| {
        for (o, x) in out.chunks_mut(chunk).zip(xs.chunks(chunk)) {
            scope.spawn(move || {
                for (o, &x) in o.iter_mut().zip(x) {
                    *o = ((3.0 * x - 2.0) * x + 1.0) * x - 1.0;
                }
            });
        }
    });
    0
}
// ANCHOR_END: solution
