//! The library of the chapter 13 exercise (the learner does not change it): a call that
//! waits, in native code, for another thread to set a flag.

use core::ffi::c_int;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

static FLAG: AtomicBool = AtomicBool::new(false);
static WAITING: AtomicBool = AtomicBool::new(false);

// ANCHOR: wait_for_flag
/// Waits until some thread calls `set_flag`, for at most `timeout_ms` milliseconds.
/// Clears the flag first. Returns 1 if the flag was set, 0 on timeout.
#[unsafe(no_mangle)]
pub extern "C" fn wait_for_flag(timeout_ms: u32) -> c_int {
    FLAG.store(false, Ordering::SeqCst);
    WAITING.store(true, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_millis(timeout_ms.into());
    let mut found = 0;
    while Instant::now() < deadline {
        if FLAG.load(Ordering::SeqCst) {
            found = 1;
            break;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    WAITING.store(false, Ordering::SeqCst);
    found
}
// ANCHOR_END: wait_for_flag

// ANCHOR: set_flag
/// Sets the flag `wait_for_flag` waits for.
#[unsafe(no_mangle)]
pub extern "C" fn set_flag() {
    FLAG.store(true, Ordering::SeqCst);
}

/// 1 while some thread is inside `wait_for_flag`, else 0.
#[unsafe(no_mangle)]
pub extern "C" fn is_waiting() -> c_int {
    WAITING.load(Ordering::SeqCst).into()
}
// ANCHOR_END: set_flag
