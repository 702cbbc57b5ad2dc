//! The racy counter of `racy_counter.c`, written three ways in safe Rust.
//! None of them compiles: each is a data race the compiler refuses to build.

use std::cell::Cell;
use std::thread;

// ANCHOR: static_mut
static mut COUNTER: u64 = 0;

#[unsafe(no_mangle)]
pub extern "C" fn counter_add(times: u64) {
    for _ in 0..times {
        COUNTER += 1; // any thread may be doing the same right now
    }
}
// ANCHOR_END: static_mut

// ANCHOR: cell
static TOTAL: Cell<u64> = Cell::new(0); // a Cell may change behind a shared reference

#[unsafe(no_mangle)]
pub extern "C" fn total_add(times: u64) {
    TOTAL.set(TOTAL.get() + times);
}
// ANCHOR_END: cell

// ANCHOR: two_threads
#[unsafe(no_mangle)]
pub extern "C" fn count_in_two_threads(times: u64) -> u64 {
    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| (0..times).for_each(|_| counter += 1));
        s.spawn(|| (0..times).for_each(|_| counter += 1));
    });
    counter
}
// ANCHOR_END: two_threads
