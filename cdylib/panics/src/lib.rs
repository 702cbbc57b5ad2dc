//! `panics`: what a Rust panic does at the FFI boundary, and how to stop it there.
//!
//! `percent` panics when `whole` is 0 (integer division by zero). Since Rust 1.81 a panic
//! that reaches an `extern "C"` function's boundary aborts the whole process: Python gets
//! no exception, just a dead interpreter. `percent_checked` catches the panic with
//! `catch_unwind` and turns it into an error code.

use core::ffi::c_int;
use std::panic::catch_unwind;

fn percent_of(part: c_int, whole: c_int) -> c_int {
    part * 100 / whole // panics: "attempt to divide by zero" when whole == 0
}

// ANCHOR: percent
/// `part` as a percentage of `whole`. Panics when `whole` is 0 and, because this is
/// `extern "C"`, the panic aborts the process. Deliberately unguarded: `percent_checked`
/// is the version that is safe to call.
#[unsafe(no_mangle)]
pub extern "C" fn percent(part: c_int, whole: c_int) -> c_int {
    percent_of(part, whole)
}
// ANCHOR_END: percent

// ANCHOR: codes
/// Success.
pub const PERCENT_OK: c_int = 0;
/// `out` was NULL.
pub const PERCENT_NULL_POINTER: c_int = -1;
/// The computation panicked (for example `whole` was 0); `*out` is unchanged.
pub const PERCENT_PANICKED: c_int = -2;
// ANCHOR_END: codes

// ANCHOR: percent_checked
/// The same computation behind `catch_unwind`: writes the result to `*out` and returns
/// `PERCENT_OK`, or returns `PERCENT_PANICKED` if it panicked. Never unwinds into C.
///
/// # Safety
/// `out` must be NULL or point to writable memory for one `int`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn percent_checked(part: c_int, whole: c_int, out: *mut c_int) -> c_int {
    if out.is_null() {
        return PERCENT_NULL_POINTER;
    }
    match catch_unwind(|| percent_of(part, whole)) {
        Ok(value) => {
            // SAFETY: `out` is not NULL and the caller guarantees it is writable.
            unsafe { out.write(value) };
            PERCENT_OK
        }
        Err(_) => PERCENT_PANICKED,
    }
}
// ANCHOR_END: percent_checked

// ANCHOR: panic_in_cleanup
/// A value whose destructor panics, like a cleanup that calls `unwrap` on a failed write.
struct PanicsWhenDropped;

impl Drop for PanicsWhenDropped {
    fn drop(&mut self) {
        panic!("second panic: a destructor, run by the unwinding of the first");
    }
}

/// Panics inside `catch_unwind` while a `PanicsWhenDropped` is alive. Unwinding the first
/// panic runs the destructor, the destructor panics too, and a panic during unwinding
/// aborts the process: `catch_unwind` never returns. Chapter 26's demonstration; it
/// never returns.
#[unsafe(no_mangle)]
pub extern "C" fn panic_in_cleanup() -> c_int {
    let caught = catch_unwind(|| {
        let _cleanup = PanicsWhenDropped;
        panic!("first panic");
    });
    match caught {
        Ok(()) => PERCENT_OK,
        Err(_) => PERCENT_PANICKED, // not reached: the second panic aborted the process
    }
}
// ANCHOR_END: panic_in_cleanup

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_computes() {
        assert_eq!(percent(1, 4), 25);
    }

    #[test]
    #[should_panic(expected = "attempt to divide by zero")]
    fn percent_of_zero_panics_inside_rust() {
        percent_of(1, 0);
    }

    #[test]
    fn percent_checked_reports_success_panic_and_null() {
        let mut out = -7;
        // SAFETY: `out` is a valid int.
        assert_eq!(unsafe { percent_checked(3, 4, &mut out) }, PERCENT_OK);
        assert_eq!(out, 75);
        // SAFETY: `out` is a valid int.
        assert_eq!(unsafe { percent_checked(3, 0, &mut out) }, PERCENT_PANICKED);
        assert_eq!(out, 75, "unchanged after a panic");
        // SAFETY: NULL is checked.
        let null = unsafe { percent_checked(3, 4, core::ptr::null_mut()) };
        assert_eq!(null, PERCENT_NULL_POINTER);
    }

    /// Runs `panic_in_cleanup` in a child copy of this test binary, since it aborts.
    #[cfg(unix)]
    #[test]
    fn panic_in_cleanup_aborts_even_inside_catch_unwind() {
        use std::os::unix::process::ExitStatusExt;
        if std::env::var_os("PANICS_RUN_PANIC_IN_CLEANUP").is_some() {
            panic_in_cleanup();
            return; // not reached
        }
        let name = "tests::panic_in_cleanup_aborts_even_inside_catch_unwind";
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", name, "--test-threads=1"])
            .env("PANICS_RUN_PANIC_IN_CLEANUP", "1")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .unwrap();
        assert_eq!(status.signal(), Some(6), "SIGABRT, not {status}");
    }
}
