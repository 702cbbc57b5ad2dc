//! The library of the chapter 11 exercise (the learner does not change it).

use core::ffi::c_double;

// ANCHOR: Reading
/// One sensor reading, laid out as C lays out the same struct.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub sensor: u16,
    pub celsius: c_double,
    pub valid: bool,
}
// ANCHOR_END: Reading

// ANCHOR: functions
/// A valid reading of `celsius` degrees from `sensor`, returned by value.
#[unsafe(no_mangle)]
pub extern "C" fn reading_make(sensor: u16, celsius: c_double) -> Reading {
    Reading {
        sensor,
        celsius,
        valid: true,
    }
}

/// The mean temperature of the valid readings among `n` at `readings`; NaN if there are
/// none or `readings` is NULL.
///
/// # Safety
/// `readings` must be NULL or point to `n` readable `Reading`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn readings_mean(readings: *const Reading, n: usize) -> c_double {
    if readings.is_null() || n == 0 {
        return c_double::NAN;
    }
    // SAFETY: not NULL (checked above); the caller promises n readable Readings.
    let readings = unsafe { core::slice::from_raw_parts(readings, n) };
    let valid: Vec<c_double> = readings
        .iter()
        .filter(|r| r.valid)
        .map(|r| r.celsius)
        .collect();
    if valid.is_empty() {
        return c_double::NAN;
    }
    valid.iter().sum::<c_double>() / valid.len() as c_double
}

/// `size_of::<Reading>()`, so Python can compare it with `ctypes.sizeof`.
#[unsafe(no_mangle)]
pub extern "C" fn reading_size() -> usize {
    size_of::<Reading>()
}
// ANCHOR_END: functions
