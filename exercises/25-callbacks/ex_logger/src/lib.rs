//! The library of the chapter 25 exercise (the learner does not change it): it keeps a
//! pointer to a Python callback and calls it later.

use core::ffi::{c_char, c_int};
use std::sync::Mutex;

// ANCHOR: logger
/// `void (*Logger)(const char *text)`: a function the library calls with each message.
pub type Logger = Option<extern "C" fn(text: *const c_char)>;

static LOGGER: Mutex<Logger> = Mutex::new(None);

fn logger() -> Logger {
    *LOGGER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Remembers `logger` (NULL forgets it). The library keeps only the pointer: whoever
/// made the function must keep it alive until it is replaced.
#[unsafe(no_mangle)]
pub extern "C" fn set_logger(logger: Logger) {
    *LOGGER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner()) = logger;
}

/// Sends `text` to the logger. Returns 0, or -1 if there is no logger or `text` is NULL.
#[unsafe(no_mangle)]
pub extern "C" fn log_message(text: *const c_char) -> c_int {
    match logger() {
        Some(log) if !text.is_null() => {
            log(text);
            0
        }
        _ => -1,
    }
}

/// The address of the current logger (0 if none): lets a test see which function is set.
#[unsafe(no_mangle)]
pub extern "C" fn current_logger() -> usize {
    logger().map_or(0, |f| f as usize)
}
// ANCHOR_END: logger
