//! `clibrary`: the Rust twin of the seed article's `clibrary.c`.
//!
//! Every function here is exported with the C calling convention under its plain name, so
//! `ctypes.CDLL("libclibrary.so").add_numbers` finds it. The generated header
//! `clibrary.h` is the C signature ctypes must match.

use core::ffi::{c_double, c_int, c_uint};

// ANCHOR: add_numbers
/// Adds two C ints. Wraps around on overflow, as the C version does in practice
/// (in C, signed overflow is undefined behaviour; in Rust, `wrapping_add` defines it).
#[unsafe(no_mangle)]
pub extern "C" fn add_numbers(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}
// ANCHOR_END: add_numbers

// ANCHOR: average
/// The mean of two doubles: the book's example of a function whose arguments and
/// result are not `int`, so ctypes' defaults get it wrong.
#[unsafe(no_mangle)]
pub extern "C" fn average(a: c_double, b: c_double) -> c_double {
    (a + b) / 2.0
}
// ANCHOR_END: average

// ANCHOR: get_unsigned_value
/// Returns its argument unchanged: an `unsigned int` round trip.
#[unsafe(no_mangle)]
pub extern "C" fn get_unsigned_value(input_val: c_uint) -> c_uint {
    input_val
}
// ANCHOR_END: get_unsigned_value

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_numbers_adds_and_wraps() {
        assert_eq!(add_numbers(5, 7), 12);
        assert_eq!(add_numbers(-5, 5), 0);
        assert_eq!(add_numbers(c_int::MAX, 1), c_int::MIN);
    }

    #[test]
    fn average_of_two_doubles() {
        assert_eq!(average(3.0, 4.0), 3.5);
        assert_eq!(average(-1.0, 1.0), 0.0);
    }

    #[test]
    fn get_unsigned_value_round_trips_the_extremes() {
        assert_eq!(get_unsigned_value(0), 0);
        assert_eq!(get_unsigned_value(c_uint::MAX), 4_294_967_295);
    }
}
