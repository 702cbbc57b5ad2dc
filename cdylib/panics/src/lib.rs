//! `panics`: what a Rust panic does at the FFI boundary, and how to stop it there.
//!
//! `percent` panics when `whole` is 0 (integer division by zero), and only then: it computes
//! in 64 bits, so no multiplication or division overflows. Since Rust 1.81 a panic
//! that reaches an `extern "C"` function's boundary aborts the whole process: Python gets
//! no exception, just a dead interpreter. `percent_checked` catches the panic with
//! `catch_unwind` and turns it into an error code.

use core::ffi::c_int;
use std::panic::catch_unwind;

// ANCHOR: percent
fn percent_of(part: c_int, whole: c_int) -> c_int {
    // In 64 bits, `part * 100` fits for every `int` (so does the quotient, even for
    // `whole == -1`): no overflow is left, only the division by zero, on purpose.
    let exact = i64::from(part) * 100 / i64::from(whole); // panics when whole == 0
    // A percentage too large for an `int` comes back as INT_MAX or INT_MIN.
    c_int::try_from(exact).unwrap_or(if exact < 0 { c_int::MIN } else { c_int::MAX })
}

/// `part` as a percentage of `whole`, rounded toward zero; `INT_MAX` or `INT_MIN` when it
/// does not fit in an `int`. Panics when `whole` is 0 and, because this is `extern "C"`,
/// the panic aborts the process. Deliberately unguarded: `percent_checked` is the version
/// that is safe to call.
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
        assert_eq!(percent(-1, 3), -33, "rounded toward zero, like C");
        assert_eq!(percent(7, -2), -350);
    }

    /// Every pair of boundary values returns (no overflow panic, so no abort), except
    /// `whole == 0`, and gives the exact percentage, clamped to the `int` range.
    #[test]
    fn percent_never_overflows() {
        const B: [c_int; 6] = [0, 1, -1, c_int::MIN, c_int::MAX, 536_870_912];
        for part in B {
            for whole in B.into_iter().filter(|&w| w != 0) {
                let exact = i64::from(part) * 100 / i64::from(whole);
                let want = exact.clamp(c_int::MIN.into(), c_int::MAX.into());
                let got = i64::from(percent(part, whole));
                assert_eq!(got, want, "percent({part}, {whole})");
            }
        }
        // 536870912 * 100 wraps to INT_MIN in 32 bits, and INT_MIN / -1 overflowed.
        assert_eq!(percent(536_870_912, -1), c_int::MIN);
        assert_eq!(percent(c_int::MAX, 1), c_int::MAX);
        assert_eq!(percent(c_int::MIN, c_int::MIN), 100);
        assert_eq!(percent(c_int::MAX, c_int::MIN), -99);
        assert_eq!(percent(1, c_int::MAX), 0);
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
        // SAFETY: `out` is a valid int.
        let overflow = unsafe { percent_checked(536_870_912, -1, &mut out) };
        assert_eq!(overflow, PERCENT_OK, "clamped, not a panic");
        assert_eq!(out, c_int::MIN);
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
