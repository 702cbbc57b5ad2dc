//! Keeps the number of bytes this library's allocator believes are in use, so that the
//! exercise's check can see a free of the wrong size: `alloc` adds the size it is asked for,
//! `dealloc` subtracts the size it is told. Not part of the exercise.

// ANCHOR: all
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

static LIVE_BYTES: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every method forwards to the system allocator with the caller's own arguments,
// so `Counting` keeps all of `System`'s guarantees; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which is System's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE_BYTES.fetch_add(layout.size() as isize, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller promises `ptr` came from `alloc` above with this `layout`.
        unsafe { System.dealloc(ptr, layout) };
        LIVE_BYTES.fetch_sub(layout.size() as isize, Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Bytes allocated, minus the bytes the allocator was told came back.
#[unsafe(no_mangle)]
pub extern "C" fn live_bytes() -> isize {
    LIVE_BYTES.load(Ordering::Relaxed)
}
// ANCHOR_END: all
