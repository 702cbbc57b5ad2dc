//! `callbacks_ctx`: callbacks that carry the caller's context, and callbacks from a thread
//! the library starts.
//!
//! Every callback takes a `void *user_data` that the library passes through untouched: the
//! caller's way to say which of its objects a call is about. The library never reads it.

use core::ffi::{c_int, c_void};
use std::sync::Mutex;

// ANCHOR: for_each_item
/// Called once per item with the caller's `user_data`; return 0 to go on, anything else to
/// stop. `None` is NULL.
pub type Visit = Option<extern "C" fn(item: c_int, user_data: *mut c_void) -> c_int>;

/// Calls `visit(item, user_data)` for item = 0, 1, ... `count - 1`, on this thread,
/// stopping after the first call that returns non-zero. Returns how many calls it made,
/// or -1 when `visit` is NULL or `count` is negative.
#[unsafe(no_mangle)]
pub extern "C" fn for_each_item(count: c_int, visit: Visit, user_data: *mut c_void) -> c_int {
    let Some(visit) = visit else { return -1 };
    if count < 0 {
        return -1;
    }
    visit_all(count, visit, user_data)
}

fn visit_all(
    count: c_int,
    visit: extern "C" fn(c_int, *mut c_void) -> c_int,
    user_data: *mut c_void,
) -> c_int {
    let mut calls = 0;
    for item in 0..count {
        calls += 1;
        if visit(item, user_data) != 0 {
            break;
        }
    }
    calls
}
// ANCHOR_END: for_each_item

// ANCHOR: run_in_worker
/// `user_data` as the worker thread receives it. A raw pointer is not `Send`: the library
/// never dereferences it, only hands it back to the caller's callback, so moving it to
/// another thread is the caller's business (the Python side must be ready for that).
struct UserData(*mut c_void);

// SAFETY: the library only carries the pointer to the worker and passes it to `visit`.
unsafe impl Send for UserData {}

impl UserData {
    fn get(&self) -> *mut c_void {
        self.0
    }
}

/// Does what `for_each_item` does, on a new thread, and waits for that thread to finish:
/// every call of `visit` comes from a thread Python did not start. Returns how many calls
/// it made, -1 when `visit` is NULL or `count` is negative, -2 if the thread could not be
/// started.
#[unsafe(no_mangle)]
pub extern "C" fn run_in_worker(count: c_int, visit: Visit, user_data: *mut c_void) -> c_int {
    let Some(visit) = visit else { return -1 };
    if count < 0 {
        return -1;
    }
    let user_data = UserData(user_data);
    let worker = std::thread::Builder::new()
        .name("callbacks_ctx".into())
        .spawn(move || visit_all(count, visit, user_data.get()));
    match worker {
        Ok(worker) => worker.join().unwrap_or(-2), // blocks until the worker is done
        Err(_) => -2,
    }
}
// ANCHOR_END: run_in_worker

// ANCHOR: set_handler
/// An event handler and the `user_data` it gets back with every event.
struct Handler {
    handle: Visit,
    user_data: UserData,
}

static HANDLER: Mutex<Handler> = Mutex::new(Handler {
    handle: None,
    user_data: UserData(core::ptr::null_mut()),
});

/// Remembers `handler` and `user_data` (or forgets them, when `handler` is NULL) for later
/// calls of `fire`. The library keeps only the two pointers: the caller must keep alive
/// whatever they point to until the handler is replaced.
#[unsafe(no_mangle)]
pub extern "C" fn set_handler(handler: Visit, user_data: *mut c_void) {
    let mut stored = HANDLER.lock().unwrap_or_else(|e| e.into_inner());
    *stored = Handler {
        handle: handler,
        user_data: UserData(if handler.is_some() {
            user_data
        } else {
            core::ptr::null_mut()
        }),
    };
}

/// Calls the remembered handler with `event` and its `user_data`. Returns what the handler
/// returned, or -1 when no handler is set.
#[unsafe(no_mangle)]
pub extern "C" fn fire(event: c_int) -> c_int {
    let (handler, user_data) = {
        let stored = HANDLER.lock().unwrap_or_else(|e| e.into_inner());
        (stored.handle, stored.user_data.get())
    }; // not locked during the call: the handler may call set_handler itself
    match handler {
        Some(handle) => handle(event, user_data),
        None => -1,
    }
}
// ANCHOR_END: set_handler

// ANCHOR: Point
/// A point in the plane, passed by value or by pointer.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}
// ANCHOR_END: Point

// ANCHOR: sum_points_by_value
/// Returns the point for `item`, by value: a signature ctypes cannot implement in Python.
pub type MakePoint = Option<extern "C" fn(item: c_int, user_data: *mut c_void) -> Point>;

/// Adds up `make(item, user_data)` for item = 0 .. `count - 1` into `*total`. Returns 0, or
/// -1 when `make` or `total` is NULL or `count` is negative.
///
/// # Safety
/// `total` must be NULL or point to a writable `Point`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_points_by_value(
    count: c_int,
    make: MakePoint,
    user_data: *mut c_void,
    total: *mut Point,
) -> c_int {
    let (Some(make), false, true) = (make, total.is_null(), count >= 0) else {
        return -1;
    };
    let mut sum = Point::default();
    for item in 0..count {
        let p = make(item, user_data);
        sum.x += p.x;
        sum.y += p.y;
    }
    // SAFETY: not NULL (checked above); the caller promises a writable Point.
    unsafe { *total = sum };
    0
}
// ANCHOR_END: sum_points_by_value

// ANCHOR: sum_points
/// Writes the point for `item` into `*out`; returns 0 to go on, anything else to stop.
pub type FillPoint =
    Option<extern "C" fn(item: c_int, out: *mut Point, user_data: *mut c_void) -> c_int>;

/// Adds up the points `fill(item, &point, user_data)` writes, for item = 0 .. `count - 1`,
/// into `*total`, stopping after a call that returns non-zero (its point is not added).
/// Returns how many points were added, or -1 when `fill` or `total` is NULL or `count` is
/// negative.
///
/// # Safety
/// `total` must be NULL or point to a writable `Point`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn sum_points(
    count: c_int,
    fill: FillPoint,
    user_data: *mut c_void,
    total: *mut Point,
) -> c_int {
    let (Some(fill), false, true) = (fill, total.is_null(), count >= 0) else {
        return -1;
    };
    let (mut sum, mut added) = (Point::default(), 0);
    for item in 0..count {
        let mut p = Point::default(); // the callback writes into this
        if fill(item, &mut p, user_data) != 0 {
            break;
        }
        sum.x += p.x;
        sum.y += p.y;
        added += 1;
    }
    // SAFETY: not NULL (checked above); the caller promises a writable Point.
    unsafe { *total = sum };
    added
}
// ANCHOR_END: sum_points

// ANCHOR: emit_points
/// Receives a point by value: a signature ctypes can implement.
pub type TakePoint = Option<extern "C" fn(point: Point, user_data: *mut c_void) -> c_int>;

/// Calls `take(Point { x: item, y: item * item }, user_data)` for item = 0 .. `count - 1`,
/// stopping after a call that returns non-zero. Returns how many calls it made, or -1 when
/// `take` is NULL or `count` is negative.
#[unsafe(no_mangle)]
pub extern "C" fn emit_points(count: c_int, take: TakePoint, user_data: *mut c_void) -> c_int {
    let Some(take) = take else { return -1 };
    if count < 0 {
        return -1;
    }
    let mut calls = 0;
    for item in 0..count {
        calls += 1;
        let x = f64::from(item);
        if take(Point { x, y: x * x }, user_data) != 0 {
            break;
        }
    }
    calls
}
// ANCHOR_END: emit_points

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::null_mut;

    /// user_data in these tests: the items seen and when to stop.
    struct Seen {
        items: Vec<c_int>,
        stop_at: c_int,
        threads: Vec<std::thread::ThreadId>,
    }

    fn seen(stop_at: c_int) -> Seen {
        Seen {
            items: Vec::new(),
            stop_at,
            threads: Vec::new(),
        }
    }

    extern "C" fn record(item: c_int, user_data: *mut c_void) -> c_int {
        // SAFETY: the tests pass a `*mut Seen` that outlives the call.
        let seen = unsafe { &mut *user_data.cast::<Seen>() };
        seen.items.push(item);
        seen.threads.push(std::thread::current().id());
        c_int::from(item == seen.stop_at)
    }

    fn ptr(seen: &mut Seen) -> *mut c_void {
        (seen as *mut Seen).cast()
    }

    #[test]
    fn for_each_item_passes_user_data_back_and_stops_when_asked() {
        let mut all = seen(-1);
        assert_eq!(for_each_item(4, Some(record), ptr(&mut all)), 4);
        assert_eq!(all.items, [0, 1, 2, 3]);
        let mut some = seen(1);
        assert_eq!(for_each_item(4, Some(record), ptr(&mut some)), 2);
        assert_eq!(some.items, [0, 1]);
        assert!(
            some.threads
                .iter()
                .all(|t| *t == std::thread::current().id())
        );
    }

    #[test]
    fn run_in_worker_calls_from_one_other_thread() {
        let mut all = seen(-1);
        assert_eq!(run_in_worker(3, Some(record), ptr(&mut all)), 3);
        assert_eq!(all.items, [0, 1, 2]);
        assert!(all.threads.iter().all(|t| *t == all.threads[0]));
        assert_ne!(all.threads[0], std::thread::current().id());
        let mut some = seen(0);
        assert_eq!(run_in_worker(3, Some(record), ptr(&mut some)), 1);
    }

    #[test]
    fn null_callbacks_and_negative_counts_are_refused() {
        assert_eq!(for_each_item(1, None, null_mut()), -1);
        assert_eq!(for_each_item(-1, Some(record), null_mut()), -1);
        assert_eq!(run_in_worker(1, None, null_mut()), -1);
        assert_eq!(run_in_worker(-1, Some(record), null_mut()), -1);
        assert_eq!(emit_points(1, None, null_mut()), -1);
        let mut total = Point::default();
        // SAFETY: total is a live Point or NULL.
        unsafe {
            assert_eq!(sum_points(1, None, null_mut(), &mut total), -1);
            assert_eq!(
                sum_points(1, Some(fill), null_mut(), core::ptr::null_mut()),
                -1
            );
            assert_eq!(sum_points(-1, Some(fill), null_mut(), &mut total), -1);
            assert_eq!(sum_points_by_value(1, None, null_mut(), &mut total), -1);
            assert_eq!(
                sum_points_by_value(1, Some(make), null_mut(), null_mut()),
                -1
            );
            assert_eq!(
                sum_points_by_value(-1, Some(make), null_mut(), &mut total),
                -1
            );
        }
    }

    #[test]
    fn fire_calls_the_stored_handler_with_its_user_data() {
        let mut all = seen(-1);
        set_handler(Some(record), ptr(&mut all));
        assert_eq!(fire(7), 0);
        assert_eq!(fire(9), 0);
        set_handler(None, ptr(&mut all));
        assert_eq!(fire(1), -1);
        assert_eq!(all.items, [7, 9]);
    }

    extern "C" fn make(item: c_int, _: *mut c_void) -> Point {
        Point {
            x: f64::from(item),
            y: 1.0,
        }
    }

    extern "C" fn fill(item: c_int, out: *mut Point, _: *mut c_void) -> c_int {
        // SAFETY: sum_points passes a pointer to its own live Point.
        unsafe { *out = make(item, null_mut()) };
        c_int::from(item == 3)
    }

    #[test]
    fn points_by_value_and_by_pointer_add_up_the_same() {
        let (mut by_value, mut by_pointer) = (Point::default(), Point::default());
        // SAFETY: both totals are live Points.
        unsafe {
            assert_eq!(
                sum_points_by_value(3, Some(make), null_mut(), &mut by_value),
                0
            );
            assert_eq!(sum_points(3, Some(fill), null_mut(), &mut by_pointer), 3);
        }
        assert_eq!(by_value, Point { x: 3.0, y: 3.0 });
        assert_eq!(by_value, by_pointer);
        // SAFETY: as above; fill stops at item 3, whose point is not added.
        let added = unsafe { sum_points(10, Some(fill), null_mut(), &mut by_pointer) };
        assert_eq!(added, 3);
    }

    extern "C" fn take(point: Point, user_data: *mut c_void) -> c_int {
        // SAFETY: the test passes a `*mut Vec<Point>`.
        let taken = unsafe { &mut *user_data.cast::<Vec<Point>>() };
        taken.push(point);
        c_int::from(taken.len() == 3)
    }

    #[test]
    fn emit_points_passes_points_by_value() {
        let mut taken: Vec<Point> = Vec::new();
        let data = (&mut taken as *mut Vec<Point>).cast();
        assert_eq!(emit_points(5, Some(take), data), 3);
        assert_eq!(taken[2], Point { x: 2.0, y: 4.0 });
    }
}
