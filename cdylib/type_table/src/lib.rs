//! `type_table`: one row of the book's type-mapping table per ctypes type.
//!
//! For each type the library exports its size and alignment as Rust sees them
//! (`SIZE_OF_C_INT`, `ALIGN_OF_C_INT`) and an identity function (`identity_c_int`) that
//! returns its argument, so a test can push the type's minimum and maximum through
//! ctypes, across the boundary and back. `examples/05-type-mapping/type_table.py`
//! compares all of it with `ctypes.sizeof` and `ctypes.alignment`.

use core::ffi::{
    c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar, c_short, c_uchar, c_uint,
    c_ulong, c_ulonglong, c_ushort, c_void,
};
use core::mem::{align_of, size_of};
use libc::wchar_t;

/// Whether plain C `char` is signed on this platform (it is on x86_64 Linux, and not on
/// aarch64 Linux, where `c_char` is `u8`).
#[unsafe(no_mangle)]
pub static C_CHAR_IS_SIGNED: bool = c_char::MIN != 0;

#[unsafe(no_mangle)]
pub static SIZE_OF_C_BOOL: usize = size_of::<bool>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_BOOL: usize = align_of::<bool>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_bool(x: bool) -> bool {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_CHAR: usize = size_of::<c_char>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_CHAR: usize = align_of::<c_char>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_char(x: c_char) -> c_char {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_WCHAR: usize = size_of::<wchar_t>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_WCHAR: usize = align_of::<wchar_t>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_wchar(x: wchar_t) -> wchar_t {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_BYTE: usize = size_of::<c_schar>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_BYTE: usize = align_of::<c_schar>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_byte(x: c_schar) -> c_schar {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UBYTE: usize = size_of::<c_uchar>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UBYTE: usize = align_of::<c_uchar>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_ubyte(x: c_uchar) -> c_uchar {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_SHORT: usize = size_of::<c_short>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_SHORT: usize = align_of::<c_short>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_short(x: c_short) -> c_short {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_USHORT: usize = size_of::<c_ushort>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_USHORT: usize = align_of::<c_ushort>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_ushort(x: c_ushort) -> c_ushort {
    x
}

// ANCHOR: c_int
#[unsafe(no_mangle)]
pub static SIZE_OF_C_INT: usize = size_of::<c_int>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_INT: usize = align_of::<c_int>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_int(x: c_int) -> c_int {
    x
}
// ANCHOR_END: c_int

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UINT: usize = size_of::<c_uint>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UINT: usize = align_of::<c_uint>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_uint(x: c_uint) -> c_uint {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_LONG: usize = size_of::<c_long>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_LONG: usize = align_of::<c_long>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_long(x: c_long) -> c_long {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_ULONG: usize = size_of::<c_ulong>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_ULONG: usize = align_of::<c_ulong>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_ulong(x: c_ulong) -> c_ulong {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_LONGLONG: usize = size_of::<c_longlong>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_LONGLONG: usize = align_of::<c_longlong>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_longlong(x: c_longlong) -> c_longlong {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_ULONGLONG: usize = size_of::<c_ulonglong>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_ULONGLONG: usize = align_of::<c_ulonglong>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_ulonglong(x: c_ulonglong) -> c_ulonglong {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_INT8: usize = size_of::<i8>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_INT8: usize = align_of::<i8>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_int8(x: i8) -> i8 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UINT8: usize = size_of::<u8>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UINT8: usize = align_of::<u8>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_uint8(x: u8) -> u8 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_INT16: usize = size_of::<i16>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_INT16: usize = align_of::<i16>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_int16(x: i16) -> i16 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UINT16: usize = size_of::<u16>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UINT16: usize = align_of::<u16>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_uint16(x: u16) -> u16 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_INT32: usize = size_of::<i32>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_INT32: usize = align_of::<i32>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_int32(x: i32) -> i32 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UINT32: usize = size_of::<u32>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UINT32: usize = align_of::<u32>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_uint32(x: u32) -> u32 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_INT64: usize = size_of::<i64>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_INT64: usize = align_of::<i64>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_int64(x: i64) -> i64 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_UINT64: usize = size_of::<u64>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_UINT64: usize = align_of::<u64>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_uint64(x: u64) -> u64 {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_SIZE_T: usize = size_of::<usize>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_SIZE_T: usize = align_of::<usize>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_size_t(x: usize) -> usize {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_SSIZE_T: usize = size_of::<isize>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_SSIZE_T: usize = align_of::<isize>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_ssize_t(x: isize) -> isize {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_FLOAT: usize = size_of::<c_float>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_FLOAT: usize = align_of::<c_float>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_float(x: c_float) -> c_float {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_DOUBLE: usize = size_of::<c_double>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_DOUBLE: usize = align_of::<c_double>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_double(x: c_double) -> c_double {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_CHAR_P: usize = size_of::<*const c_char>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_CHAR_P: usize = align_of::<*const c_char>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_char_p(x: *const c_char) -> *const c_char {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_WCHAR_P: usize = size_of::<*const wchar_t>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_WCHAR_P: usize = align_of::<*const wchar_t>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_wchar_p(x: *const wchar_t) -> *const wchar_t {
    x
}

#[unsafe(no_mangle)]
pub static SIZE_OF_C_VOID_P: usize = size_of::<*mut c_void>();
#[unsafe(no_mangle)]
pub static ALIGN_OF_C_VOID_P: usize = align_of::<*mut c_void>();
#[unsafe(no_mangle)]
pub extern "C" fn identity_c_void_p(x: *mut c_void) -> *mut c_void {
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_width_types_have_their_width() {
        assert_eq!(
            (
                SIZE_OF_C_INT8,
                SIZE_OF_C_INT16,
                SIZE_OF_C_INT32,
                SIZE_OF_C_INT64
            ),
            (1, 2, 4, 8)
        );
        assert_eq!(SIZE_OF_C_BOOL, 1);
        assert_eq!(SIZE_OF_C_DOUBLE, 8);
        assert_eq!(SIZE_OF_C_VOID_P, size_of::<usize>());
    }

    #[test]
    fn identities_return_their_argument() {
        assert_eq!(identity_c_int(c_int::MIN), c_int::MIN);
        assert_eq!(identity_c_ulonglong(c_ulonglong::MAX), c_ulonglong::MAX);
        assert_eq!(identity_c_double(f64::MAX), f64::MAX);
        assert!(identity_c_bool(true));
        let text = c"hi";
        assert_eq!(identity_c_char_p(text.as_ptr()), text.as_ptr());
    }

    /// Every identity function gives back its type's extremes and zero unchanged: what
    /// `type_table.py` pushes through ctypes, checked here without ctypes.
    #[test]
    fn every_identity_returns_the_extremes_of_its_type() {
        macro_rules! round_trips {
            ($($f:ident: $t:ty),* $(,)?) => {$(
                for x in [<$t>::MIN, 0 as $t, <$t>::MAX] {
                    assert_eq!($f(x), x, stringify!($f));
                }
            )*};
        }
        round_trips!(
            identity_c_char: c_char, identity_c_wchar: wchar_t, identity_c_byte: c_schar,
            identity_c_ubyte: c_uchar, identity_c_short: c_short, identity_c_ushort: c_ushort,
            identity_c_int: c_int, identity_c_uint: c_uint, identity_c_long: c_long,
            identity_c_ulong: c_ulong, identity_c_longlong: c_longlong,
            identity_c_ulonglong: c_ulonglong, identity_c_int8: i8, identity_c_uint8: u8,
            identity_c_int16: i16, identity_c_uint16: u16, identity_c_int32: i32,
            identity_c_uint32: u32, identity_c_int64: i64, identity_c_uint64: u64,
            identity_c_size_t: usize, identity_c_ssize_t: isize,
        );
        assert!(!identity_c_bool(false));
        assert_eq!(identity_c_float(f32::MIN_POSITIVE), f32::MIN_POSITIVE);
        assert!(identity_c_float(f32::NAN).is_nan());
        assert_eq!(identity_c_double(f64::NEG_INFINITY), f64::NEG_INFINITY);
    }

    /// The pointer identities pass any address through, NULL included, and never read it.
    #[test]
    fn pointer_identities_pass_null_and_addresses_through() {
        assert!(identity_c_char_p(core::ptr::null()).is_null());
        assert!(identity_c_wchar_p(core::ptr::null()).is_null());
        assert!(identity_c_void_p(core::ptr::null_mut()).is_null());
        let wide: [wchar_t; 3] = [104, 105, 0];
        assert_eq!(identity_c_wchar_p(wide.as_ptr()), wide.as_ptr());
        let mut byte = 7u8;
        let address = (&raw mut byte).cast::<c_void>();
        assert_eq!(identity_c_void_p(address), address);
    }

    #[test]
    fn char_signedness_matches_the_target() {
        assert_eq!(C_CHAR_IS_SIGNED, c_char::MIN < 0 as c_char);
    }
}
