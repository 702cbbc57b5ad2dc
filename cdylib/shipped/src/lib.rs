//! `shipped`: the library chapter 40 packages in a wheel, beside its ctypes wrapper
//! (`python/shipped/__init__.py`). Two functions: the version of its ABI, which the wrapper
//! checks before its first call, and the mean of an array of doubles.
//!
//! Every exported name starts with `shipped_`: ctypes loads it with `RTLD_LOCAL`, but a
//! program that links against it, or loads it with `RTLD_GLOBAL`, shares one flat namespace.

use core::ffi::c_int;

// ANCHOR: abi_version
/// The version of this library's ABI: the names, signatures and meaning of its functions.
/// Bump it whenever a change would make an older wrapper call this library wrongly.
pub const SHIPPED_ABI_VERSION: u32 = 1;

/// The ABI version this library was built with, [`SHIPPED_ABI_VERSION`]. The wrapper calls
/// it first, with no arguments, so that it can be called safely whatever else has changed.
#[unsafe(no_mangle)]
pub extern "C" fn shipped_abi_version() -> u32 {
    SHIPPED_ABI_VERSION
}
// ANCHOR_END: abi_version

// ANCHOR: mean
/// Success: `*out` holds the mean.
pub const SHIPPED_OK: c_int = 0;
/// `values` or `out` is NULL.
pub const SHIPPED_NULL: c_int = -1;
/// `len` is 0: an empty array has no mean.
pub const SHIPPED_EMPTY: c_int = -2;

/// Writes the mean of `values[0..len]` to `*out` and returns [`SHIPPED_OK`]; returns
/// [`SHIPPED_NULL`] or [`SHIPPED_EMPTY`] (and leaves `*out` alone) otherwise.
///
/// # Safety
/// `values` must point to `len` readable doubles and `out` to one writable double (or be NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn shipped_mean(values: *const f64, len: usize, out: *mut f64) -> c_int {
    if values.is_null() || out.is_null() {
        return SHIPPED_NULL;
    }
    if len == 0 {
        return SHIPPED_EMPTY;
    }
    // SAFETY: values is not NULL, and the caller promises it points to len doubles.
    let values = unsafe { core::slice::from_raw_parts(values, len) };
    let mean = values.iter().sum::<f64>() / len as f64;
    // SAFETY: out is not NULL, and the caller promises it points to a writable double.
    unsafe { out.write(mean) };
    SHIPPED_OK
}
// ANCHOR_END: mean

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr;

    #[test]
    fn abi_version_is_the_constant() {
        assert_eq!(shipped_abi_version(), SHIPPED_ABI_VERSION);
    }

    #[test]
    fn mean_of_some_values() {
        let values = [1.0, 2.0, 3.0, 4.0];
        let mut out = 0.0;
        // SAFETY: values holds 4 doubles and out is a writable double.
        let status = unsafe { shipped_mean(values.as_ptr(), values.len(), &mut out) };
        assert_eq!((status, out), (SHIPPED_OK, 2.5));
    }

    #[test]
    fn mean_of_nothing_is_an_error() {
        let values = [1.0];
        let mut out = 7.0;
        // SAFETY: a length of 0 reads nothing; out is a writable double.
        let status = unsafe { shipped_mean(values.as_ptr(), 0, &mut out) };
        assert_eq!((status, out), (SHIPPED_EMPTY, 7.0));
    }

    #[test]
    fn mean_refuses_null_pointers() {
        let values = [1.0];
        let mut out = 7.0;
        // SAFETY: NULL pointers are checked before anything is read or written.
        unsafe {
            assert_eq!(shipped_mean(ptr::null(), 1, &mut out), SHIPPED_NULL);
            assert_eq!(
                shipped_mean(values.as_ptr(), 1, ptr::null_mut()),
                SHIPPED_NULL
            );
            assert_eq!(shipped_mean(ptr::null(), 0, ptr::null_mut()), SHIPPED_NULL);
        }
        assert_eq!(out, 7.0);
    }
}
