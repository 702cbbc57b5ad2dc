//! The library of the chapter 17 exercise (the learner does not change it).

use core::ffi::c_int;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

static CALLS: AtomicU64 = AtomicU64::new(0);
static IN_FLIGHT: AtomicI32 = AtomicI32::new(0);
static MAX_IN_FLIGHT: AtomicI32 = AtomicI32::new(0);

// ANCHOR: sum_range
/// The sum of `i % 7` for every `i` in `start..end` (0 if `end <= start`): busy work that
/// can be split into chunks, because the sum of the chunks is the sum of the whole.
#[unsafe(no_mangle)]
pub extern "C" fn sum_range(start: u64, end: u64) -> u64 {
    CALLS.fetch_add(1, Ordering::SeqCst);
    let now = IN_FLIGHT.fetch_add(1, Ordering::SeqCst) + 1;
    MAX_IN_FLIGHT.fetch_max(now, Ordering::SeqCst);
    let mut total: u64 = 0;
    for i in start..end {
        total = total.wrapping_add(core::hint::black_box(i % 7));
    }
    IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
    total
}
// ANCHOR_END: sum_range

// ANCHOR: counters
/// How many calls `sum_range` has received.
#[unsafe(no_mangle)]
pub extern "C" fn work_calls() -> u64 {
    CALLS.load(Ordering::SeqCst)
}

/// The largest number of `sum_range` calls that ran at the same moment.
#[unsafe(no_mangle)]
pub extern "C" fn work_max_in_flight() -> c_int {
    MAX_IN_FLIGHT.load(Ordering::SeqCst)
}

/// Sets both counters back to 0.
#[unsafe(no_mangle)]
pub extern "C" fn work_reset() {
    CALLS.store(0, Ordering::SeqCst);
    MAX_IN_FLIGHT.store(0, Ordering::SeqCst);
}
// ANCHOR_END: counters
