//! The library of the chapter 24 exercise (the learner does not change it).

use core::ffi::{c_char, c_int};

// ANCHOR: functions
/// `bytes` in whole kibibytes (rounded toward zero).
#[unsafe(no_mangle)]
pub extern "C" fn kibibytes(bytes: i64) -> i64 {
    bytes / 1024
}

/// The name of the unit 1024^`power`: "B", "KiB", "MiB", "GiB", "TiB"; NULL for any other
/// power. The string belongs to the library: do not free it.
#[unsafe(no_mangle)]
pub extern "C" fn unit_name(power: c_int) -> *const c_char {
    match power {
        0 => c"B".as_ptr(),
        1 => c"KiB".as_ptr(),
        2 => c"MiB".as_ptr(),
        3 => c"GiB".as_ptr(),
        4 => c"TiB".as_ptr(),
        _ => core::ptr::null(),
    }
}
// ANCHOR_END: functions
