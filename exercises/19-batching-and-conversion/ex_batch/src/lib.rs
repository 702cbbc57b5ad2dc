//! The library of the chapter 19 exercise (the learner does not change it): the same
//! addition, one pair per call or a whole array per call, and a count of the calls.

use core::ffi::c_int;
use std::sync::atomic::{AtomicU64, Ordering};

static CALLS: AtomicU64 = AtomicU64::new(0);

// ANCHOR: add_f64
/// `a + b`: one addition per call.
#[unsafe(no_mangle)]
pub extern "C" fn add_f64(a: f64, b: f64) -> f64 {
    CALLS.fetch_add(1, Ordering::Relaxed);
    a + b
}
// ANCHOR_END: add_f64

// ANCHOR: batch_add_f64
/// `out[i] = a[i] + b[i]` for `i < n`: every addition in one call. Returns 0, or -1 without
/// writing anything if a pointer is NULL while `n > 0`.
///
/// # Safety
/// When `n > 0`, `a` and `b` must point to `n` readable doubles and `out` to `n` writable
/// doubles (`out` may be `a` or `b`).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn batch_add_f64(
    a: *const f64,
    b: *const f64,
    out: *mut f64,
    n: usize,
) -> c_int {
    CALLS.fetch_add(1, Ordering::Relaxed);
    if n == 0 {
        return 0;
    }
    if a.is_null() || b.is_null() || out.is_null() {
        return -1;
    }
    for i in 0..n {
        // SAFETY: i < n, and the caller promises n readable (a, b) and writable (out)
        // doubles; reading both inputs before writing keeps `out == a` correct.
        unsafe { *out.add(i) = *a.add(i) + *b.add(i) };
    }
    0
}
// ANCHOR_END: batch_add_f64

// ANCHOR: calls_made
/// How many calls `add_f64` and `batch_add_f64` have received so far.
#[unsafe(no_mangle)]
pub extern "C" fn calls_made() -> u64 {
    CALLS.load(Ordering::Relaxed)
}
// ANCHOR_END: calls_made
