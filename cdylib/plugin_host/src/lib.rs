//! `plugin_host`: a library that other libraries (plugins) call into.
//!
//! Chapter 37 builds a C plugin that calls `host_scale` without being linked against
//! this library, the way plugins of many programs expect their host's symbols to be there.
//! Whether the loader finds them depends on how this library was loaded (`RTLD_GLOBAL`).

use core::ffi::{c_int, c_long};
use core::sync::atomic::{AtomicI64, Ordering};

static CALLS: AtomicI64 = AtomicI64::new(0);

// ANCHOR: host_scale
/// `10 * x`: the service the host offers its plugins. Counts its calls (`host_calls`).
#[unsafe(no_mangle)]
pub extern "C" fn host_scale(x: c_int) -> c_long {
    CALLS.fetch_add(1, Ordering::Relaxed);
    10 * c_long::from(x) // an i64 holds 10 * any i32: no overflow
}

/// How many times `host_scale` has been called in this process, through any name.
#[unsafe(no_mangle)]
pub extern "C" fn host_calls() -> c_long {
    CALLS.load(Ordering::Relaxed)
}
// ANCHOR_END: host_scale

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_scale_multiplies_by_ten_without_overflow() {
        let before = host_calls();
        assert_eq!(host_scale(4), 40);
        assert_eq!(host_scale(c_int::MAX), 21_474_836_470);
        assert_eq!(host_scale(c_int::MIN), -21_474_836_480);
        assert!(host_calls() >= before + 3);
    }
}
