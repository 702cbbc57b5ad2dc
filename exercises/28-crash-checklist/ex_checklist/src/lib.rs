//! The library of the chapter 28 exercise (the learner does not change it).

use core::ffi::{c_char, c_int};
use std::ffi::CString;
use std::sync::atomic::{AtomicI32, Ordering};

static LIVE: AtomicI32 = AtomicI32::new(0);

// ANCHOR: functions
/// The mean of `n` doubles at `values`; NaN if `values` is NULL or `n` is 0.
///
/// # Safety
/// `values` must be NULL or point to `n` readable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn mean_of(values: *const f64, n: usize) -> f64 {
    if values.is_null() || n == 0 {
        return f64::NAN;
    }
    // SAFETY: not NULL (checked above); the caller promises n readable doubles.
    unsafe { core::slice::from_raw_parts(values, n) }
        .iter()
        .sum::<f64>()
        / n as f64
}

/// A new string describing an HTTP status `code` ("404 Not Found"). The caller owns it and
/// must give it back to `free_description`.
#[unsafe(no_mangle)]
pub extern "C" fn describe(code: c_int) -> *mut c_char {
    let text = match code {
        200 => "OK",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Unknown",
    };
    LIVE.fetch_add(1, Ordering::SeqCst);
    CString::new(format!("{code} {text}")).map_or(core::ptr::null_mut(), CString::into_raw)
}

/// Frees a string from `describe`. NULL is ignored.
///
/// # Safety
/// `text` must be NULL or a pointer from `describe` that was not freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_description(text: *mut c_char) {
    if text.is_null() {
        return;
    }
    LIVE.fetch_sub(1, Ordering::SeqCst);
    // SAFETY: from CString::into_raw in `describe`, not freed yet (the caller's promise).
    drop(unsafe { CString::from_raw(text) });
}

/// How many strings from `describe` have not been freed.
#[unsafe(no_mangle)]
pub extern "C" fn live_descriptions() -> c_int {
    LIVE.load(Ordering::SeqCst)
}
// ANCHOR_END: functions
