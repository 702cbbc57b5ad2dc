//! Exercise (chapter 15): a counter that several Python threads add to at the same time.
//! Check your work with `just exercise chapter-15`.

// ANCHOR: starter
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Adds 1 to the shared counter, `times` times. Python calls it from several threads at
/// once (ctypes.CDLL releases the GIL), and no increment may be lost.
#[unsafe(no_mangle)]
pub extern "C" fn counter_add(times: u64) {
    for _ in 0..times {
        // TODO: another thread can change COUNTER between these two lines.
        let current = COUNTER.load(Ordering::Relaxed);
        COUNTER.store(current + 1, Ordering::Relaxed);
    }
}

/// The counter's current value.
#[unsafe(no_mangle)]
pub extern "C" fn counter_get() -> u64 {
    COUNTER.load(Ordering::Relaxed)
}

/// Sets the counter back to 0.
#[unsafe(no_mangle)]
pub extern "C" fn counter_reset() {
    COUNTER.store(0, Ordering::Relaxed);
}
// ANCHOR_END: starter
