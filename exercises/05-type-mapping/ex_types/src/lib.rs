//! The library of the chapter 5 exercise: four functions, four different C types.
//! The learner does not change this file: they declare its signatures in Python.

use core::ffi::c_float;

// ANCHOR: clamp_to_i16
/// `x`, limited to the range of a 16-bit signed integer (-32768..=32767).
#[unsafe(no_mangle)]
pub extern "C" fn clamp_to_i16(x: i64) -> i16 {
    x.clamp(i16::MIN.into(), i16::MAX.into()) as i16
}
// ANCHOR_END: clamp_to_i16

// ANCHOR: half
/// Half of a 32-bit float.
#[unsafe(no_mangle)]
pub extern "C" fn half(x: c_float) -> c_float {
    x / 2.0
}
// ANCHOR_END: half

// ANCHOR: is_leap_year
/// Whether `year` is a leap year in the Gregorian calendar.
#[unsafe(no_mangle)]
pub extern "C" fn is_leap_year(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}
// ANCHOR_END: is_leap_year

// ANCHOR: bytes_needed
/// How many bytes `count` items of `size` bytes each take, or 0 if that overflows `usize`.
#[unsafe(no_mangle)]
pub extern "C" fn bytes_needed(count: usize, size: usize) -> usize {
    count.checked_mul(size).unwrap_or(0)
}
// ANCHOR_END: bytes_needed
