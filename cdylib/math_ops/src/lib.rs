//! `math_ops`: the library of Part III (threads, the GIL and processes).
//!
//! `square` and `safe_add` are two pure functions for the threads example; `spin` is a
//! CPU-bound loop to time; `square_array` squares an array of doubles (NumPy data); the
//! `counter_*` functions are shared state done right, with an atomic.

use core::ffi::c_int;
use core::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

// ANCHOR: square
/// `num * num`, wrapping around on overflow like the C twin.
#[unsafe(no_mangle)]
pub extern "C" fn square(num: c_int) -> c_int {
    num.wrapping_mul(num)
}
// ANCHOR_END: square

// ANCHOR: safe_add
/// `a + b`, wrapping around on overflow. A pure function: it reads only its arguments.
#[unsafe(no_mangle)]
pub extern "C" fn safe_add(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}
// ANCHOR_END: safe_add

// ANCHOR: spin
/// Burns CPU for `iterations` steps of a xorshift generator and returns its final state.
///
/// Every step depends on the one before and the result is returned, so the loop cannot be
/// dropped. Nor is it shortened, because compilers know no shortcut through xorshift's
/// shifts and xors (they do for a multiply-add: see `batch_ops::busy_work`), so the time
/// grows linearly with `iterations`.
#[unsafe(no_mangle)]
pub extern "C" fn spin(iterations: u64) -> u64 {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..iterations {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}
// ANCHOR_END: spin

// ANCHOR: rendezvous
static ARRIVED: AtomicU32 = AtomicU32::new(0);

/// Starts a new rendezvous: nobody has arrived yet.
#[unsafe(no_mangle)]
pub extern "C" fn rendezvous_reset() {
    ARRIVED.store(0, Ordering::SeqCst);
}

/// Arrives, then waits inside the library until `parties` callers have arrived or
/// `timeout_ms` milliseconds have passed. Returns 1 if they all met, 0 on timeout.
///
/// Two threads can only meet here if both are inside the library at the same time.
#[unsafe(no_mangle)]
pub extern "C" fn rendezvous(parties: u32, timeout_ms: u32) -> c_int {
    ARRIVED.fetch_add(1, Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_millis(timeout_ms.into());
    while ARRIVED.load(Ordering::SeqCst) < parties {
        if Instant::now() >= deadline {
            return 0;
        }
        std::thread::yield_now();
    }
    1
}
// ANCHOR_END: rendezvous

// ANCHOR: square_array
/// Writes `input[i] * input[i]` to `output[i]` for `i` in `0..n`.
/// Returns 0, or -1 (writing nothing) if either pointer is NULL.
///
/// # Safety
/// `input` must point to `n` readable doubles and `output` to `n` writable doubles.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn square_array(input: *const f64, output: *mut f64, n: usize) -> c_int {
    if input.is_null() || output.is_null() {
        return -1;
    }
    for i in 0..n {
        // SAFETY: the caller promises `n` elements behind both pointers, and `i < n`.
        unsafe { *output.add(i) = *input.add(i) * *input.add(i) };
    }
    0
}
// ANCHOR_END: square_array

// ANCHOR: counter
static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Adds 1 to the shared counter, `times` times, one atomic step at a time.
/// Safe to call from many threads at once: no increment is ever lost.
#[unsafe(no_mangle)]
pub extern "C" fn counter_add(times: u64) {
    for _ in 0..times {
        COUNTER.fetch_add(1, Ordering::Relaxed);
    }
}

/// The shared counter's current value.
#[unsafe(no_mangle)]
pub extern "C" fn counter_get() -> u64 {
    COUNTER.load(Ordering::Relaxed)
}

/// Sets the shared counter back to 0.
#[unsafe(no_mangle)]
pub extern "C" fn counter_reset() {
    COUNTER.store(0, Ordering::Relaxed);
}
// ANCHOR_END: counter

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_squares_and_wraps() {
        assert_eq!(square(5), 25);
        assert_eq!(square(-4), 16);
        assert_eq!(square(c_int::MAX), 1); // (2^31 - 1)^2 mod 2^32
    }

    #[test]
    fn safe_add_adds_and_wraps() {
        assert_eq!(safe_add(25, 10), 35);
        assert_eq!(safe_add(c_int::MAX, 1), c_int::MIN);
    }

    #[test]
    fn spin_is_deterministic_and_depends_on_every_step() {
        assert_eq!(spin(0), 0x9E37_79B9_7F4A_7C15);
        assert_eq!(spin(1_000), spin(1_000));
        assert_ne!(spin(1_000), spin(1_001));
        assert_eq!(spin(1_000_000), 0x3E74_6A84_B0B8_6F03); // the C twin agrees
    }

    #[test]
    fn rendezvous_meets_two_threads_and_times_out_alone() {
        rendezvous_reset();
        assert_eq!(rendezvous(1, 0), 1);
        rendezvous_reset();
        assert_eq!(rendezvous(2, 10), 0); // alone: gives up after 10 ms
        rendezvous_reset();
        let other = std::thread::spawn(|| rendezvous(2, 5_000));
        assert_eq!(rendezvous(2, 5_000), 1);
        assert_eq!(other.join().unwrap(), 1);
    }

    #[test]
    fn square_array_squares_every_element() {
        let input = [1.0, -2.0, 0.5];
        let mut output = [0.0; 3];
        // SAFETY: both arrays hold 3 doubles.
        let status = unsafe { square_array(input.as_ptr(), output.as_mut_ptr(), 3) };
        assert_eq!(status, 0);
        assert_eq!(output, [1.0, 4.0, 0.25]);
    }

    #[test]
    fn square_array_rejects_null_pointers() {
        let mut output = [7.0; 1];
        // SAFETY: NULL is checked before anything is read or written.
        let status = unsafe { square_array(core::ptr::null(), output.as_mut_ptr(), 1) };
        assert_eq!(status, -1);
        assert_eq!(output, [7.0]);
        let input = [1.0];
        // SAFETY: as above.
        let status = unsafe { square_array(input.as_ptr(), core::ptr::null_mut(), 1) };
        assert_eq!(status, -1);
    }

    #[test]
    fn counter_loses_nothing_under_contention() {
        counter_reset();
        assert_eq!(counter_get(), 0);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| counter_add(100_000));
            }
        });
        assert_eq!(counter_get(), 400_000);
        counter_reset();
        assert_eq!(counter_get(), 0);
    }
}
