//! The library of the chapter 29 exercise `keep-the-owner` (the learner does not change it).

use core::ffi::c_int;
use core::mem::ManuallyDrop;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicI32, Ordering};

static LIVE_GRIDS: AtomicI32 = AtomicI32::new(0);

// ANCHOR: functions
/// A `Vec<f64>` taken apart: pointer, length, capacity.
#[repr(C)]
pub struct GridVec {
    pub ptr: *mut f64,
    pub len: usize,
    pub cap: usize,
}

/// A `rows` x `cols` grid, one row after the other, cell `i` holding `i`. `ptr` is NULL for
/// an empty grid or one of more than 2^20 cells. Give it back with `grid_free`.
#[unsafe(no_mangle)]
pub extern "C" fn grid_new(rows: usize, cols: usize) -> GridVec {
    let cells = match rows.checked_mul(cols) {
        Some(cells) if cells > 0 && cells <= 1 << 20 => cells,
        _ => {
            return GridVec {
                ptr: null_mut(),
                len: 0,
                cap: 0,
            };
        }
    };
    let mut grid = ManuallyDrop::new((0..cells).map(|i| i as f64).collect::<Vec<f64>>());
    LIVE_GRIDS.fetch_add(1, Ordering::Relaxed);
    GridVec {
        ptr: grid.as_mut_ptr(),
        len: grid.len(),
        cap: grid.capacity(),
    }
}

/// Frees a grid from `grid_new`. A NULL `ptr` is ignored.
///
/// # Safety
/// `grid` must be what `grid_new` returned, unchanged, and not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn grid_free(grid: GridVec) {
    if grid.ptr.is_null() {
        return;
    }
    // SAFETY: the caller promises the three parts of a Vec<f64> from grid_new.
    drop(unsafe { Vec::from_raw_parts(grid.ptr, grid.len, grid.cap) });
    LIVE_GRIDS.fetch_sub(1, Ordering::Relaxed);
}

/// How many grids are allocated and not freed yet.
#[unsafe(no_mangle)]
pub extern "C" fn live_grids() -> c_int {
    LIVE_GRIDS.load(Ordering::Relaxed)
}
// ANCHOR_END: functions
