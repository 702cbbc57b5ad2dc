//! The library of the chapter 14 exercise (the learner does not change it).

use core::ffi::c_int;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

static IN_FLIGHT: AtomicI32 = AtomicI32::new(0);
static MAX_IN_FLIGHT: AtomicI32 = AtomicI32::new(0);

// ANCHOR: slow_square
/// `x * x` (wrapping), after sleeping `millis` milliseconds: a stand-in for slow native work.
#[unsafe(no_mangle)]
pub extern "C" fn slow_square(x: c_int, millis: u32) -> c_int {
    let now = IN_FLIGHT.fetch_add(1, Ordering::SeqCst) + 1;
    MAX_IN_FLIGHT.fetch_max(now, Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(millis.into()));
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
    x.wrapping_mul(x)
}

/// The largest number of `slow_square` calls that were running at the same moment.
#[unsafe(no_mangle)]
pub extern "C" fn max_in_flight() -> c_int {
    MAX_IN_FLIGHT.load(Ordering::SeqCst)
}

/// Sets `max_in_flight` back to 0.
#[unsafe(no_mangle)]
pub extern "C" fn reset_in_flight() {
    MAX_IN_FLIGHT.store(0, Ordering::SeqCst);
}
// ANCHOR_END: slow_square
