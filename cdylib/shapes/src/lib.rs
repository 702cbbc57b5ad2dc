//! `shapes`: C structures across the boundary.
//!
//! `Point` goes by value and by pointer and in arrays; `Sample` shows padding; an
//! `Accumulator` is an opaque handle: C and Python only ever hold a pointer to it, and
//! `accumulator_new` / `accumulator_free` create and destroy it.

use core::ffi::{c_double, c_int, c_long};
use core::mem::{offset_of, size_of};
use core::sync::atomic::{AtomicI32, Ordering};

// ANCHOR: Point
/// A point in the plane, laid out exactly like the C struct `{ double x; double y; }`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: c_double,
    pub y: c_double,
}
// ANCHOR_END: Point

// ANCHOR: point_distance
/// The distance between two points, both passed by value (copied into the call).
#[unsafe(no_mangle)]
pub extern "C" fn point_distance(a: Point, b: Point) -> c_double {
    (a.x - b.x).hypot(a.y - b.y)
}
// ANCHOR_END: point_distance

// ANCHOR: point_midpoint
/// The point halfway between `a` and `b`, returned by value.
#[unsafe(no_mangle)]
pub extern "C" fn point_midpoint(a: Point, b: Point) -> Point {
    Point {
        x: (a.x + b.x) / 2.0,
        y: (a.y + b.y) / 2.0,
    }
}
// ANCHOR_END: point_midpoint

// ANCHOR: point_scale
/// Multiplies both coordinates of `*p` by `factor`, in place. Returns 0, or -1 if `p` is NULL.
///
/// # Safety
/// `p` must be NULL or point to a writable `Point`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn point_scale(p: *mut Point, factor: c_double) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a writable Point.
    let Some(p) = (unsafe { p.as_mut() }) else {
        return -1;
    };
    p.x *= factor;
    p.y *= factor;
    0
}
// ANCHOR_END: point_scale

// ANCHOR: polygon_perimeter
/// The perimeter of the closed polygon `points[0], ..., points[n - 1]`. Returns 0 for
/// fewer than two points, and NaN if `points` is NULL and `n` is not 0.
///
/// # Safety
/// `points` must be NULL or point to `n` readable `Point`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn polygon_perimeter(points: *const Point, n: usize) -> c_double {
    if n == 0 {
        return 0.0;
    }
    if points.is_null() {
        return c_double::NAN;
    }
    // SAFETY: not NULL, and the caller promises `n` Points.
    let points = unsafe { core::slice::from_raw_parts(points, n) };
    if n < 2 {
        return 0.0;
    }
    let closing = point_distance(points[n - 1], points[0]);
    points
        .windows(2)
        .map(|w| point_distance(w[0], w[1]))
        .sum::<c_double>()
        + closing
}
// ANCHOR_END: polygon_perimeter

// ANCHOR: Sample
/// Three fields of different sizes: C inserts padding so that `value` is 8-byte aligned.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sample {
    pub flag: u8,
    pub value: c_double,
    pub id: i16,
}

/// The layout Rust (and C) chose: `sizeof(Sample)`.
#[unsafe(no_mangle)]
pub extern "C" fn sample_size() -> usize {
    size_of::<Sample>()
}

/// `offsetof(Sample, value)`.
#[unsafe(no_mangle)]
pub extern "C" fn sample_value_offset() -> usize {
    offset_of!(Sample, value)
}

/// `offsetof(Sample, id)`.
#[unsafe(no_mangle)]
pub extern "C" fn sample_id_offset() -> usize {
    offset_of!(Sample, id)
}
// ANCHOR_END: Sample

// ANCHOR: sample_make
/// A `Sample`, returned by value.
#[unsafe(no_mangle)]
pub extern "C" fn sample_make(flag: u8, value: c_double, id: i16) -> Sample {
    Sample { flag, value, id }
}
// ANCHOR_END: sample_make

// ANCHOR: Accumulator
/// A running mean. Not `#[repr(C)]`: its fields are Rust's business, and the header
/// declares it only as `typedef struct Accumulator Accumulator;` (an opaque type).
pub struct Accumulator {
    sum: c_double,
    count: u64,
}

static LIVE_ACCUMULATORS: AtomicI32 = AtomicI32::new(0);

/// A new, empty accumulator. The caller owns it and must pass it to `accumulator_free`.
#[unsafe(no_mangle)]
pub extern "C" fn accumulator_new() -> *mut Accumulator {
    LIVE_ACCUMULATORS.fetch_add(1, Ordering::Relaxed);
    Box::into_raw(Box::new(Accumulator { sum: 0.0, count: 0 }))
}

/// Destroys an accumulator. NULL is ignored.
///
/// # Safety
/// `acc` must be NULL or come from `accumulator_new`, and not be used or freed again.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn accumulator_free(acc: *mut Accumulator) {
    if acc.is_null() {
        return;
    }
    // SAFETY: the caller promises `acc` came from `Box::into_raw` in `accumulator_new`
    // and is freed only once.
    drop(unsafe { Box::from_raw(acc) });
    LIVE_ACCUMULATORS.fetch_sub(1, Ordering::Relaxed);
}
// ANCHOR_END: Accumulator

// ANCHOR: accumulator_use
/// Adds one value. Returns 0, or -1 if `acc` is NULL.
///
/// # Safety
/// `acc` must be NULL or a live accumulator from `accumulator_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn accumulator_add(acc: *mut Accumulator, value: c_double) -> c_int {
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a live accumulator.
    let Some(acc) = (unsafe { acc.as_mut() }) else {
        return -1;
    };
    acc.sum += value;
    acc.count += 1;
    0
}

/// The mean of the values added so far: NaN if there are none or `acc` is NULL.
///
/// # Safety
/// `acc` must be NULL or a live accumulator from `accumulator_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn accumulator_mean(acc: *const Accumulator) -> c_double {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live accumulator.
    match unsafe { acc.as_ref() } {
        Some(acc) if acc.count > 0 => acc.sum / acc.count as c_double,
        _ => c_double::NAN,
    }
}

/// How many values were added, or -1 if `acc` is NULL.
///
/// # Safety
/// `acc` must be NULL or a live accumulator from `accumulator_new`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn accumulator_count(acc: *const Accumulator) -> c_long {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a live accumulator.
    match unsafe { acc.as_ref() } {
        Some(acc) => c_long::try_from(acc.count).unwrap_or(c_long::MAX),
        None => -1,
    }
}
// ANCHOR_END: accumulator_use

// ANCHOR: live_accumulators
/// How many accumulators are not destroyed yet: the leak counter.
#[unsafe(no_mangle)]
pub extern "C" fn live_accumulators() -> c_int {
    LIVE_ACCUMULATORS.load(Ordering::Relaxed)
}
// ANCHOR_END: live_accumulators

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    const O: Point = Point { x: 0.0, y: 0.0 };
    const P: Point = Point { x: 3.0, y: 4.0 };

    #[test]
    fn points_by_value() {
        assert_eq!(point_distance(O, P), 5.0);
        assert_eq!(point_midpoint(O, P), Point { x: 1.5, y: 2.0 });
    }

    #[test]
    fn point_scale_in_place_and_null() {
        let mut p = P;
        // SAFETY: a writable Point; then NULL, which is refused.
        unsafe {
            assert_eq!(point_scale(&mut p, 2.0), 0);
            assert_eq!(point_scale(null_mut(), 2.0), -1);
        }
        assert_eq!(p, Point { x: 6.0, y: 8.0 });
    }

    #[test]
    fn polygon_perimeter_of_an_array_of_points() {
        let triangle = [O, Point { x: 3.0, y: 0.0 }, P];
        // SAFETY: 3 Points; 1 Point; NULL with n = 0 and n = 3 (refused).
        unsafe {
            assert_eq!(polygon_perimeter(triangle.as_ptr(), 3), 12.0);
            assert_eq!(polygon_perimeter(triangle.as_ptr(), 1), 0.0);
            assert_eq!(polygon_perimeter(null(), 0), 0.0);
            assert!(polygon_perimeter(null(), 3).is_nan());
        }
    }

    #[test]
    fn sample_layout_has_padding() {
        assert_eq!(sample_size(), 24);
        assert_eq!(sample_value_offset(), 8);
        assert_eq!(sample_id_offset(), 16);
        let s = sample_make(1, 2.5, 7);
        assert_eq!((s.flag, s.value, s.id), (1, 2.5, 7));
    }

    #[test]
    fn accumulator_lifecycle_and_null() {
        let acc = accumulator_new();
        // SAFETY: a live accumulator, freed once at the end; NULL is refused or ignored.
        unsafe {
            assert!(accumulator_mean(acc).is_nan());
            assert_eq!(accumulator_add(acc, 1.0), 0);
            assert_eq!(accumulator_add(acc, 2.0), 0);
            assert_eq!(accumulator_mean(acc), 1.5);
            assert_eq!(accumulator_count(acc), 2);
            assert_eq!(accumulator_add(null_mut(), 1.0), -1);
            assert!(accumulator_mean(null()).is_nan());
            assert_eq!(accumulator_count(null()), -1);
            accumulator_free(acc);
            accumulator_free(null_mut());
        }
        assert!(live_accumulators() >= 0);
    }
}
