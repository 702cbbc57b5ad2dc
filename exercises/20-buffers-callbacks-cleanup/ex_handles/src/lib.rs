//! The library of the chapter 20 exercise (the learner does not change it): a running
//! total behind an opaque handle, with create / use / destroy functions.

use core::ffi::c_int;
use std::sync::atomic::{AtomicI32, Ordering};

/// Opaque to C and Python: they only ever hold a pointer to it.
pub struct Tally {
    total: i64,
}

static LIVE: AtomicI32 = AtomicI32::new(0);

// ANCHOR: functions
/// A new tally at 0. Give it back to `tally_free`.
#[unsafe(no_mangle)]
pub extern "C" fn tally_new() -> *mut Tally {
    LIVE.fetch_add(1, Ordering::SeqCst);
    Box::into_raw(Box::new(Tally { total: 0 }))
}

/// Adds `n` to the tally (wrapping). Returns 0, or -1 if `tally` is NULL.
///
/// # Safety
/// `tally` must be NULL or a live pointer from `tally_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn tally_add(tally: *mut Tally, n: i64) -> c_int {
    // SAFETY: NULL or a live Tally from tally_new (the caller's promise); as_mut checks NULL.
    match unsafe { tally.as_mut() } {
        Some(t) => {
            t.total = t.total.wrapping_add(n);
            0
        }
        None => -1,
    }
}

/// The tally's total (0 for NULL).
///
/// # Safety
/// `tally` must be NULL or a live pointer from `tally_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn tally_total(tally: *const Tally) -> i64 {
    // SAFETY: NULL or a live Tally from tally_new (the caller's promise); as_ref checks NULL.
    unsafe { tally.as_ref() }.map_or(0, |t| t.total)
}

/// Frees a tally. NULL is ignored.
///
/// # Safety
/// `tally` must be NULL or a pointer from `tally_new` not freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn tally_free(tally: *mut Tally) {
    if tally.is_null() {
        return;
    }
    LIVE.fetch_sub(1, Ordering::SeqCst);
    // SAFETY: from Box::into_raw in tally_new, and not freed yet (the caller's promise).
    drop(unsafe { Box::from_raw(tally) });
}

/// How many tallies are allocated and not freed.
#[unsafe(no_mangle)]
pub extern "C" fn live_tallies() -> c_int {
    LIVE.load(Ordering::SeqCst)
}
// ANCHOR_END: functions
