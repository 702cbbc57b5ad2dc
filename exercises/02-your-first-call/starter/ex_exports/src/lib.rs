//! Exercise (chapter 2): two functions Python should be able to call through ctypes.
//! Check your work with `just exercise chapter-2`.

// ANCHOR: starter
use core::ffi::c_int;

/// Multiplies two C ints, wrapping around on overflow.
// TODO: Python cannot find this function in libex_exports.so. Why not?
pub extern "C" fn multiply(a: c_int, b: c_int) -> c_int {
    a.wrapping_mul(b)
}

/// Returns `a - b`, wrapping around on overflow.
#[unsafe(no_mangle)]
pub extern "C" fn subtract(a: c_int, b: c_int) -> c_int {
    todo!("return a - b, wrapping around on overflow")
}
// ANCHOR_END: starter
