//! `racy_counter`: chapter 15's shared counter done wrong, on purpose, in sound Rust.
//!
//! Every access to the counter is atomic, so there is no data race and no undefined
//! behaviour. But a load followed by a store is two steps, not one: two threads can both
//! load 500 and both store 501, and an increment is lost. That is a race condition, which
//! Rust's rules do not forbid. `counter_add` has the race as it happens in real code (now and
//! then); `counter_add_lockstep` forces it on every step. `math_ops::counter_add` is the fix.

use core::ffi::c_int;
use core::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

// ANCHOR: racy
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Adds 1 to the shared counter, `times` times, as a load and then a store. Each of the two
/// is atomic; the pair is not: another thread can store in between, and its increment is lost.
#[unsafe(no_mangle)]
pub extern "C" fn counter_add(times: u64) {
    for _ in 0..times {
        let current = COUNTER.load(Ordering::Relaxed); // load
        COUNTER.store(current + 1, Ordering::Relaxed); // store: what another thread stored is gone
    }
}
// ANCHOR_END: racy

// ANCHOR: lockstep
/// How many loads `counter_add_lockstep` has made so far, both callers together.
static LOADED: AtomicU64 = AtomicU64::new(0);

/// `counter_add`'s load and store, with the unlucky moment forced on every step: after its
/// load, each of two callers waits until the other has loaded too, and only then stores.
/// Both load the same value and both store that value + 1, so two threads calling it at once
/// with the same `times` lose exactly `times` increments between them.
///
/// Returns 1 if the other caller was there at every step. Returns 0, early, if it did not
/// arrive within `timeout_ms` milliseconds (a single caller, say): it never hangs.
/// Call `counter_reset` before each run.
#[unsafe(no_mangle)]
pub extern "C" fn counter_add_lockstep(times: u64, timeout_ms: u32) -> c_int {
    for step in 1..=times {
        let current = COUNTER.load(Ordering::Relaxed); // load
        LOADED.fetch_add(1, Ordering::SeqCst); // "I have loaded"
        let deadline = Instant::now() + Duration::from_millis(timeout_ms.into());
        while LOADED.load(Ordering::SeqCst) / 2 < step {
            // the other caller has not loaded yet in this step: wait for it
            if Instant::now() >= deadline {
                LOADED.store(0, Ordering::SeqCst); // start over, so no later call meets a ghost
                return 0;
            }
            std::thread::yield_now();
        }
        COUNTER.store(current + 1, Ordering::Relaxed); // store: the other caller stores the same
    }
    1
}
// ANCHOR_END: lockstep

/// The shared counter's current value.
#[unsafe(no_mangle)]
pub extern "C" fn counter_get() -> u64 {
    COUNTER.load(Ordering::Relaxed)
}

/// Sets the counter back to 0, and starts `counter_add_lockstep` over: call it before each run.
#[unsafe(no_mangle)]
pub extern "C" fn counter_reset() {
    COUNTER.store(0, Ordering::Relaxed);
    LOADED.store(0, Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// The counter is one global: the tests take turns.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

    #[test]
    fn counter_add_counts_in_one_thread() {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        counter_reset();
        counter_add(1_000);
        counter_add(0);
        assert_eq!(counter_get(), 1_000);
        counter_reset();
        assert_eq!(counter_get(), 0);
    }

    #[test]
    fn lockstep_loses_one_increment_per_step() {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        for _ in 0..3 {
            counter_reset();
            let met = std::thread::scope(|s| {
                let other = s.spawn(|| counter_add_lockstep(1_000, 10_000));
                let mine = counter_add_lockstep(1_000, 10_000);
                (mine, other.join().unwrap())
            });
            assert_eq!(met, (1, 1));
            assert_eq!(counter_get(), 1_000, "2 x 1000 increments, 1000 lost");
        }
    }

    #[test]
    fn lockstep_alone_gives_up_instead_of_hanging() {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        counter_reset();
        let start = Instant::now();
        assert_eq!(counter_add_lockstep(u64::MAX, 20), 0);
        assert_eq!(
            counter_add_lockstep(u64::MAX, 20),
            0,
            "a timeout leaves no ghost behind"
        );
        assert!(start.elapsed() < Duration::from_secs(5));
        assert_eq!(
            counter_add_lockstep(0, 20),
            1,
            "no steps: nobody to wait for"
        );
        counter_reset();
    }
}
