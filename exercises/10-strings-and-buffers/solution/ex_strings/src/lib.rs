//! Exercise (chapter 10): a string the library hands to Python, and the way back.
//! Check your work with `just exercise chapter-10`.

mod counting; // counts live allocations for the check; not part of the exercise

use core::ffi::{CStr, c_char};
use std::ffi::CString;

/// "HELLO, <NAME>!" as a new C string that the caller owns and must give back to
/// `free_shout`. Returns NULL if `name` is NULL.
///
/// # Safety
/// `name` must be NULL or point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn shout(name: *const c_char) -> *mut c_char {
    if name.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: not NULL (checked above); the caller promises a NUL-terminated string.
    let name = unsafe { CStr::from_ptr(name) }
        .to_string_lossy()
        .to_uppercase();
    match CString::new(format!("HELLO, {name}!")) {
        Ok(text) => text.into_raw(),     // Python owns it now
        Err(_) => core::ptr::null_mut(), // cannot happen: `name` had no NUL inside
    }
}

// ANCHOR: solution
/// Frees a string that `shout` returned. NULL is allowed and does nothing.
///
/// # Safety
/// `text` must be NULL or a pointer from `shout` that has not been freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_shout(text: *mut c_char) {
    if text.is_null() {
        return;
    }
    // SAFETY: `text` came from `CString::into_raw` in `shout` and is freed only once
    // (the caller's promise), so rebuilding the CString makes us its only owner again.
    drop(unsafe { CString::from_raw(text) });
}
// ANCHOR_END: solution
