//! `enums_unions`: enums and unions across the boundary.
//!
//! Two fieldless enums (`Shape` with `#[repr(C)]`, `Level` with `#[repr(u8)]`); a function
//! that takes a `Shape` and one that takes an integer and validates it; a union, `Number`,
//! by value and by pointer; and a tagged union, `Value`: a struct with a tag and a union,
//! which Rust checks before it believes the tag.

use core::ffi::{CStr, c_char, c_double, c_int};

// ANCHOR: Shape
/// A fieldless enum with `#[repr(C)]`: the size and values of a C `enum`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Triangle,
}
// ANCHOR_END: Shape

// ANCHOR: Level
/// `#[repr(u8)]`: one byte. The values are the levels of Python's `logging` module.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Debug = 10,
    Info = 20,
    Warning = 30,
    Error = 40,
    Critical = 50,
}
// ANCHOR_END: Level

// ANCHOR: shape_corners
/// How many corners `shape` has. Takes the enum itself: Rust assumes `shape` is one of
/// its three values, and a caller passing any other integer is undefined behaviour.
#[unsafe(no_mangle)]
pub extern "C" fn shape_corners(shape: Shape) -> c_int {
    match shape {
        Shape::Circle => 0,
        Shape::Square => 4,
        Shape::Triangle => 3,
    }
}
// ANCHOR_END: shape_corners

// ANCHOR: shape_corners_checked
/// `shape_corners_checked` returns this for an integer that is not a `Shape`.
pub const SHAPE_INVALID: c_int = -1;

impl TryFrom<i32> for Shape {
    type Error = c_int;

    fn try_from(value: i32) -> Result<Self, c_int> {
        match value {
            0 => Ok(Shape::Circle),
            1 => Ok(Shape::Square),
            2 => Ok(Shape::Triangle),
            _ => Err(SHAPE_INVALID),
        }
    }
}

/// How many corners the shape numbered `shape` has, or `SHAPE_INVALID`. Takes a plain
/// integer, which may hold anything, and turns it into a `Shape` only after checking it.
#[unsafe(no_mangle)]
pub extern "C" fn shape_corners_checked(shape: i32) -> c_int {
    match Shape::try_from(shape) {
        Ok(shape) => shape_corners(shape),
        Err(code) => code,
    }
}
// ANCHOR_END: shape_corners_checked

// ANCHOR: level_for_status
/// The log level for an HTTP status code. Returning an enum is safe: Rust only ever
/// produces one of its values.
#[unsafe(no_mangle)]
pub extern "C" fn level_for_status(status: u16) -> Level {
    match status {
        100..=199 => Level::Debug,
        200..=399 => Level::Info,
        400..=499 => Level::Warning,
        500..=599 => Level::Error,
        _ => Level::Critical,
    }
}
// ANCHOR_END: level_for_status

// ANCHOR: Number
/// Eight bytes, read as a double or as a 64-bit integer: both fields start at offset 0.
#[repr(C)]
#[derive(Clone, Copy)]
pub union Number {
    pub real: c_double,
    pub integer: i64,
}
// ANCHOR_END: Number

// ANCHOR: number_by_value
/// `n.real`, with the union passed by value.
#[unsafe(no_mangle)]
pub extern "C" fn number_real(n: Number) -> c_double {
    // SAFETY: every bit pattern of 8 bytes is a valid f64.
    unsafe { n.real }
}

/// A `Number` holding `integer`, returned by value.
#[unsafe(no_mangle)]
pub extern "C" fn number_from_int(integer: i64) -> Number {
    Number { integer }
}
// ANCHOR_END: number_by_value

// ANCHOR: number_real_at
/// `n->real`, with the union passed by pointer. NaN if `n` is NULL.
///
/// # Safety
/// `n` must be NULL or point to a readable `Number`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn number_real_at(n: *const Number) -> c_double {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable Number.
    match unsafe { n.as_ref() } {
        // SAFETY: every bit pattern of 8 bytes is a valid f64.
        Some(n) => unsafe { n.real },
        None => c_double::NAN,
    }
}
// ANCHOR_END: number_real_at

// ANCHOR: Value
/// `Value::tag` for an integer: `data.integer` holds it.
pub const VALUE_INT: u32 = 0;
/// `Value::tag` for a double: `data.real` holds it.
pub const VALUE_REAL: u32 = 1;
/// `Value::tag` for a fraction: `data.ratio` holds it.
pub const VALUE_RATIO: u32 = 2;

/// A fraction `num / den`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ratio {
    pub num: i32,
    pub den: i32,
}

/// The payload of a `Value`: which field is meaningful, only the tag says.
#[repr(C)]
#[derive(Clone, Copy)]
pub union ValueData {
    pub integer: i64,
    pub real: c_double,
    pub ratio: Ratio,
}

/// A tagged union: a tag (`VALUE_INT`, `VALUE_REAL` or `VALUE_RATIO`) and the union it
/// describes. 16 bytes: the tag, 4 bytes of padding, 8 bytes of union.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Value {
    pub tag: u32,
    pub data: ValueData,
}
// ANCHOR_END: Value

// ANCHOR: Parsed
/// What a `Value` holds, the way Rust code wants it: an enum with data, which cannot hold
/// a tag it does not know. Built from a `Value` only after checking its tag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Parsed {
    Int(i64),
    Real(f64),
    Ratio(Ratio),
}

impl TryFrom<&Value> for Parsed {
    type Error = u32;

    fn try_from(value: &Value) -> Result<Self, u32> {
        // SAFETY: each arm reads the field its tag names, and every bit pattern is valid
        // for i64, f64 and a pair of i32.
        unsafe {
            match value.tag {
                VALUE_INT => Ok(Parsed::Int(value.data.integer)),
                VALUE_REAL => Ok(Parsed::Real(value.data.real)),
                VALUE_RATIO => Ok(Parsed::Ratio(value.data.ratio)),
                unknown => Err(unknown),
            }
        }
    }
}

impl From<Parsed> for Value {
    fn from(parsed: Parsed) -> Value {
        match parsed {
            Parsed::Int(integer) => Value {
                tag: VALUE_INT,
                data: ValueData { integer },
            },
            Parsed::Real(real) => Value {
                tag: VALUE_REAL,
                data: ValueData { real },
            },
            Parsed::Ratio(ratio) => Value {
                tag: VALUE_RATIO,
                data: ValueData { ratio },
            },
        }
    }
}
// ANCHOR_END: Parsed

// ANCHOR: value_parse
/// `value_parse` succeeded.
pub const VALUE_OK: c_int = 0;
/// A pointer argument was NULL.
pub const VALUE_NULL_POINTER: c_int = -1;
/// The text is not an integer, a decimal number or a fraction `a/b`.
pub const VALUE_NOT_A_NUMBER: c_int = -2;

/// Parses `"42"` (an integer), `"2.5"` (a double) or `"3/4"` (a fraction) into `*out`.
/// Returns `VALUE_OK` or an error code; on error `*out` is unchanged.
///
/// # Safety
/// `text` must be NULL or a NUL-terminated string; `out` NULL or a writable `Value`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn value_parse(text: *const c_char, out: *mut Value) -> c_int {
    if text.is_null() || out.is_null() {
        return VALUE_NULL_POINTER;
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let Ok(text) = unsafe { CStr::from_ptr(text) }.to_str() else {
        return VALUE_NOT_A_NUMBER;
    };
    let parsed = if let Some((num, den)) = text.split_once('/') {
        match (num.parse(), den.parse()) {
            (Ok(num), Ok(den)) => Parsed::Ratio(Ratio { num, den }),
            _ => return VALUE_NOT_A_NUMBER,
        }
    } else if let Ok(int) = text.parse() {
        Parsed::Int(int)
    } else if let Ok(real) = text.parse() {
        Parsed::Real(real)
    } else {
        return VALUE_NOT_A_NUMBER;
    };
    // SAFETY: not NULL; the caller promises a writable Value.
    unsafe { out.write(Value::from(parsed)) };
    VALUE_OK
}
// ANCHOR_END: value_parse

// ANCHOR: value_to_real
/// The value as a double: the integer converted, the double itself, the fraction divided.
/// NaN if `v` is NULL or its tag is none of the three.
///
/// # Safety
/// `v` must be NULL or point to a readable `Value`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn value_to_real(v: *const Value) -> c_double {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable Value.
    let Some(v) = (unsafe { v.as_ref() }) else {
        return c_double::NAN;
    };
    match Parsed::try_from(v) {
        Ok(Parsed::Int(int)) => int as c_double,
        Ok(Parsed::Real(real)) => real,
        Ok(Parsed::Ratio(Ratio { num, den })) => num as c_double / den as c_double,
        Err(_unknown_tag) => c_double::NAN,
    }
}
// ANCHOR_END: value_to_real

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};
    use core::ptr::{null, null_mut};

    #[test]
    fn shapes_in_range_and_validated() {
        assert_eq!(shape_corners(Shape::Square), 4);
        assert_eq!(shape_corners(Shape::Circle), 0);
        assert_eq!(shape_corners_checked(2), 3);
        assert_eq!(shape_corners_checked(7), SHAPE_INVALID);
        assert_eq!(shape_corners_checked(-1), SHAPE_INVALID);
        assert_eq!(size_of::<Shape>(), 4);
    }

    #[test]
    fn levels_are_one_byte() {
        assert_eq!(level_for_status(404), Level::Warning);
        assert_eq!(level_for_status(200), Level::Info);
        assert_eq!(level_for_status(503) as u8, 40);
        assert_eq!(level_for_status(0), Level::Critical);
        assert_eq!(size_of::<Level>(), 1);
    }

    #[test]
    fn number_by_value_and_by_pointer() {
        let n = Number { real: 2.5 };
        assert_eq!(number_real(n), 2.5);
        // SAFETY: `integer` was the field written.
        assert_eq!(unsafe { number_from_int(7).integer }, 7);
        // SAFETY: a readable Number, then NULL.
        unsafe {
            assert_eq!(number_real_at(&n), 2.5);
            assert!(number_real_at(null()).is_nan());
        }
        assert_eq!(size_of::<Number>(), 8);
    }

    #[test]
    fn value_layout_parse_and_read() {
        assert_eq!(size_of::<Value>(), 16);
        assert_eq!(offset_of!(Value, data), 8);
        let mut v = Value::from(Parsed::Int(0));
        // SAFETY: NUL-terminated strings and a writable Value; then NULLs, refused.
        unsafe {
            assert_eq!(value_parse(c"42".as_ptr(), &mut v), VALUE_OK);
            assert_eq!(Parsed::try_from(&v), Ok(Parsed::Int(42)));
            assert_eq!(value_to_real(&v), 42.0);
            assert_eq!(value_parse(c"2.5".as_ptr(), &mut v), VALUE_OK);
            assert_eq!(value_to_real(&v), 2.5);
            assert_eq!(value_parse(c"3/4".as_ptr(), &mut v), VALUE_OK);
            assert_eq!(v.tag, VALUE_RATIO);
            assert_eq!(value_to_real(&v), 0.75);
            assert_eq!(value_parse(c"three".as_ptr(), &mut v), VALUE_NOT_A_NUMBER);
            assert_eq!(value_parse(c"1/x".as_ptr(), &mut v), VALUE_NOT_A_NUMBER);
            assert_eq!(v.tag, VALUE_RATIO); // unchanged on error
            assert_eq!(value_parse(null(), &mut v), VALUE_NULL_POINTER);
            assert_eq!(value_parse(c"1".as_ptr(), null_mut()), VALUE_NULL_POINTER);
            v.tag = 7; // a tag no variant has
            assert!(value_to_real(&v).is_nan());
            assert!(value_to_real(null()).is_nan());
        }
    }
}
