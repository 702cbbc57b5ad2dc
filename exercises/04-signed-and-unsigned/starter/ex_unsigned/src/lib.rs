//! Exercise (chapter 4): unsigned arithmetic across the boundary.
//! Check your work with `just exercise chapter-4`.

// ANCHOR: starter
use core::ffi::c_uint;

/// How far apart two unsigned ints are: `distance(3, 7) == distance(7, 3) == 4`.
#[unsafe(no_mangle)]
pub extern "C" fn distance(a: c_uint, b: c_uint) -> c_uint {
    // TODO: this is right for a >= b only. What happens when a < b?
    a - b
}

/// `value` plus `step`, but never more than `c_uint::MAX` (4294967295).
#[unsafe(no_mangle)]
pub extern "C" fn add_capped(value: c_uint, step: c_uint) -> c_uint {
    // TODO: this wraps around to small numbers instead of stopping at the maximum.
    value.wrapping_add(step)
}
// ANCHOR_END: starter
