//! The library of the chapter 30 exercise (the learner does not change it).

use core::ffi::{c_double, c_int};

// ANCHOR: Event
/// `Event::kind` of a key press: `data.key` holds the key code.
pub const EVENT_KEY: u8 = 1;
/// `Event::kind` of a click: `data.click` holds where.
pub const EVENT_CLICK: u8 = 2;
/// `Event::kind` of a scroll: `data.scroll` holds how far.
pub const EVENT_SCROLL: u8 = 3;

#[repr(C)]
#[derive(Clone, Copy)]
pub struct Click {
    pub x: i32,
    pub y: i32,
}

/// What happened: which field is meaningful, `Event::kind` says.
#[repr(C)]
#[derive(Clone, Copy)]
pub union EventData {
    pub key: u32,
    pub click: Click,
    pub scroll: c_double,
}

/// A tagged union: `kind`, 7 bytes of padding, then 8 bytes of `data`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Event {
    pub kind: u8,
    pub data: EventData,
}
// ANCHOR_END: Event

// ANCHOR: functions
/// Writes the `n`-th event of a small script into `*out`: a key press (65), a click at
/// (3, 4), a scroll by -2.5, then the same again. Returns 0, or -1 if `out` is NULL.
///
/// # Safety
/// `out` must be NULL or point to a writable `Event`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn event_at(n: u32, out: *mut Event) -> c_int {
    let event = match n % 3 {
        0 => Event {
            kind: EVENT_KEY,
            data: EventData { key: 65 },
        },
        1 => Event {
            kind: EVENT_CLICK,
            data: EventData {
                click: Click { x: 3, y: 4 },
            },
        },
        _ => Event {
            kind: EVENT_SCROLL,
            data: EventData { scroll: -2.5 },
        },
    };
    // SAFETY: `as_mut` checks for NULL; otherwise the caller promises a writable Event.
    match unsafe { out.as_mut() } {
        Some(out) => {
            *out = event;
            0
        }
        None => -1,
    }
}

/// How far the event moves things: 0 for a key, the click's distance from (0, 0), the
/// scroll's amount without its sign. NaN for NULL or an unknown kind.
///
/// # Safety
/// `event` must be NULL or point to a readable `Event`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn event_distance(event: *const Event) -> c_double {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable Event.
    let Some(event) = (unsafe { event.as_ref() }) else {
        return c_double::NAN;
    };
    // SAFETY: each arm reads the field its kind names; all bit patterns are valid for them.
    unsafe {
        match event.kind {
            EVENT_KEY => 0.0,
            EVENT_CLICK => f64::from(event.data.click.x).hypot(f64::from(event.data.click.y)),
            EVENT_SCROLL => event.data.scroll.abs(),
            _ => c_double::NAN,
        }
    }
}

/// `size_of::<Event>()`, for Python to compare with `ctypes.sizeof`.
#[unsafe(no_mangle)]
pub extern "C" fn event_size() -> usize {
    size_of::<Event>()
}
// ANCHOR_END: functions
