//! Counts the heap allocations that are still live, so that the exercise's check can see a
//! leak: every allocation of this library goes through `Counting`. Not part of the exercise.

// ANCHOR: all
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

// SAFETY: every method forwards to the system allocator with the caller's own arguments,
// so `Counting` keeps all of `System`'s guarantees; it only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which is System's.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(1, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above with this `layout` (the caller's contract).
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

// ANCHOR: live_allocations
/// How many heap blocks this library has allocated and not freed.
#[unsafe(no_mangle)]
pub extern "C" fn live_allocations() -> isize {
    LIVE.load(Ordering::Relaxed)
}
// ANCHOR_END: live_allocations
// ANCHOR_END: all
