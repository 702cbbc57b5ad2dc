//! `layouts`: where each byte and bit of a struct lives.
//!
//! A 16-bit RGB565 pixel, whose three fields are bit fields in C and shifts and masks in
//! Rust; a struct with a nested struct and arrays inside it; a packed file header (the 14
//! bytes that start a BMP file); a struct over-aligned to a cache line; and the big-endian
//! header of a PNG file. `layout_sizeof`, `layout_alignof` and `layout_offsetof` report the
//! layout Rust chose, so Python can compare it with its own.

use core::ffi::{CStr, c_char, c_int};
use core::mem::{align_of, offset_of, size_of};

/// A pointer argument is NULL.
pub const ERR_NULL: c_int = -1;
/// The output buffer is smaller than the result, or a name does not fit.
pub const ERR_TOO_SMALL: c_int = -2;
/// An argument is outside what the format or the struct allows.
pub const ERR_INVALID: c_int = -3;
/// A pointer is not aligned as its type requires.
pub const ERR_MISALIGNED: c_int = -4;
/// An index is not below the length.
pub const ERR_OUT_OF_RANGE: c_int = -5;
/// A result does not fit in its type.
pub const ERR_OVERFLOW: c_int = -6;

// ANCHOR: Rgb565
/// A 16-bit pixel: blue in bits 0-4, green in bits 5-10, red in bits 11-15. C declares it
/// with bit fields; Rust has none, so the bits live in one `u16` and the methods below
/// shift and mask. The header shows it as what it is to C: a `uint16_t`.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgb565(pub u16);

impl Rgb565 {
    // (lowest bit, mask of the field's width), one pair per field
    const BLUE: (u32, u16) = (0, 0x1f);
    const GREEN: (u32, u16) = (5, 0x3f);
    const RED: (u32, u16) = (11, 0x1f);

    fn get(self, (shift, mask): (u32, u16)) -> u16 {
        (self.0 >> shift) & mask
    }

    fn set(&mut self, (shift, mask): (u32, u16), value: u16) {
        self.0 = (self.0 & !(mask << shift)) | ((value & mask) << shift);
    }

    pub fn red(self) -> u16 {
        self.get(Self::RED)
    }

    pub fn green(self) -> u16 {
        self.get(Self::GREEN)
    }

    pub fn blue(self) -> u16 {
        self.get(Self::BLUE)
    }

    pub fn set_red(&mut self, value: u16) {
        self.set(Self::RED, value);
    }

    pub fn set_green(&mut self, value: u16) {
        self.set(Self::GREEN, value);
    }

    pub fn set_blue(&mut self, value: u16) {
        self.set(Self::BLUE, value);
    }
}
// ANCHOR_END: Rgb565

// ANCHOR: rgb565_pack
/// The RGB565 pixel closest to an 8-bit-per-channel colour: the top 5, 6 and 5 bits of
/// red, green and blue.
#[unsafe(no_mangle)]
pub extern "C" fn rgb565_pack(red: u8, green: u8, blue: u8) -> Rgb565 {
    let mut pixel = Rgb565(0);
    pixel.set_red(u16::from(red >> 3));
    pixel.set_green(u16::from(green >> 2));
    pixel.set_blue(u16::from(blue >> 3));
    pixel
}
// ANCHOR_END: rgb565_pack

// ANCHOR: rgb565_to_rgb888
/// What `rgb565_to_rgb888` returns for a NULL pointer: no colour is 32 bits wide.
pub const RGB888_NULL: u32 = 0xFFFF_FFFF;

/// The pixel as 0xRRGGBB, each field widened to 8 bits by repeating its top bits
/// (31 becomes 255, 0 stays 0). Returns `RGB888_NULL` if `pixel` is NULL.
///
/// # Safety
/// `pixel` must be NULL or point to a readable `Rgb565`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn rgb565_to_rgb888(pixel: *const Rgb565) -> u32 {
    // SAFETY: `as_ref` checks for NULL; otherwise the caller promises a readable pixel
    // (a `u16`, so any 2-byte-aligned address holds one).
    let Some(&pixel) = (unsafe { pixel.as_ref() }) else {
        return RGB888_NULL;
    };
    let (r, g, b) = (pixel.red(), pixel.green(), pixel.blue());
    let r8 = u32::from((r << 3) | (r >> 2));
    let g8 = u32::from((g << 2) | (g >> 4));
    let b8 = u32::from((b << 3) | (b >> 2));
    (r8 << 16) | (g8 << 8) | b8
}
// ANCHOR_END: rgb565_to_rgb888

// ANCHOR: Histogram
/// A half-open interval `[lo, hi)`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub lo: f32,
    pub hi: f32,
}

/// Counts of values in four equal buckets of `range`: a struct with a nested struct and
/// two arrays inside it.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Histogram {
    /// A name of at most 5 bytes, NUL-terminated.
    pub label: [c_char; 6],
    pub range: Range,
    pub counts: [u32; 4],
    /// Every value added, inside `range` or not.
    pub total: u64,
}
// ANCHOR_END: Histogram

// ANCHOR: histogram_init
/// Sets up `*h`: copies `label` (at most 5 bytes), sets the range, zeroes the counts.
/// Returns 0; `ERR_NULL` if a pointer is NULL; `ERR_TOO_SMALL` if the label does not fit;
/// `ERR_INVALID` unless `lo < hi`, both finite.
///
/// # Safety
/// `h` must be NULL or point to a writable `Histogram`; `label` must be NULL or a
/// NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn histogram_init(
    h: *mut Histogram,
    label: *const c_char,
    lo: f32,
    hi: f32,
) -> c_int {
    if h.is_null() || label.is_null() {
        return ERR_NULL;
    }
    // SAFETY: not NULL; the caller promises a NUL-terminated string.
    let text = unsafe { CStr::from_ptr(label) }.to_bytes();
    let mut name = [0 as c_char; 6];
    if text.len() >= name.len() {
        return ERR_TOO_SMALL;
    }
    if !(lo.is_finite() && hi.is_finite() && lo < hi) {
        return ERR_INVALID;
    }
    for (slot, &byte) in name.iter_mut().zip(text) {
        *slot = byte as c_char;
    }
    let fresh = Histogram {
        label: name,
        range: Range { lo, hi },
        counts: [0; 4],
        total: 0,
    };
    // SAFETY: not NULL; the caller promises a writable Histogram. `write` does not read
    // the old value, so uninitialised memory is fine too.
    unsafe { h.write(fresh) };
    0
}
// ANCHOR_END: histogram_init

// ANCHOR: histogram_add
/// Adds `n` values to `*h`: each value in `[lo, hi)` increments its bucket, and every
/// value increments `total`. Returns 0; `ERR_NULL` for a NULL pointer (with `n > 0` for
/// `values`); `ERR_INVALID` if the histogram's range is not `lo < hi`, both finite (the
/// caller can write any bytes into it); `ERR_OVERFLOW` if a count would pass its maximum.
///
/// # Safety
/// `h` must be NULL or point to a writable `Histogram`; `values` must be NULL or point
/// to `n` readable `f32`s.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn histogram_add(h: *mut Histogram, values: *const f32, n: usize) -> c_int {
    if h.is_null() {
        return ERR_NULL;
    }
    if n == 0 {
        return 0;
    }
    if values.is_null() {
        return ERR_NULL;
    }
    // SAFETY: not NULL; the caller promises a writable Histogram.
    let h = unsafe { &mut *h };
    // SAFETY: not NULL, and the caller promises `n` readable f32s.
    let values = unsafe { core::slice::from_raw_parts(values, n) };
    let Range { lo, hi } = h.range;
    if !(lo.is_finite() && hi.is_finite() && lo < hi) {
        return ERR_INVALID;
    }
    let mut counts = h.counts;
    for &v in values {
        if v >= lo && v < hi {
            let bucket = (((v - lo) / (hi - lo)) * 4.0) as usize;
            let slot = &mut counts[bucket.min(3)];
            let Some(more) = slot.checked_add(1) else {
                return ERR_OVERFLOW;
            };
            *slot = more;
        }
    }
    let Some(total) = u64::try_from(n).ok().and_then(|n| h.total.checked_add(n)) else {
        return ERR_OVERFLOW;
    };
    h.counts = counts;
    h.total = total;
    0
}
// ANCHOR_END: histogram_add

// ANCHOR: BmpFileHeader
/// The 14 bytes that start every BMP file, all little-endian. `packed`: no padding, so
/// `file_size` starts at offset 2, where C alignment rules would put it at 4.
#[repr(C, packed)]
#[derive(Clone, Copy)]
pub struct BmpFileHeader {
    /// `b"BM"`
    pub magic: [u8; 2],
    pub file_size: u32,
    pub reserved: [u16; 2],
    /// Where the pixels start: 14 + the 40-byte info header that follows this one.
    pub pixel_offset: u32,
}
// ANCHOR_END: BmpFileHeader

// ANCHOR: bmp_file_header
/// The file header of a 24-bit BMP of `width` x `height` pixels (rows padded to 4 bytes).
/// Returns 0; `ERR_NULL` if `out` is NULL; `ERR_OVERFLOW` if the file would be larger
/// than 4 GiB, the most its `u32` size field can say.
///
/// # Safety
/// `out` must be NULL or point to 14 writable bytes (any alignment).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bmp_file_header(
    width: u32,
    height: u32,
    out: *mut BmpFileHeader,
) -> c_int {
    if out.is_null() {
        return ERR_NULL;
    }
    let row = (u64::from(width) * 3).next_multiple_of(4);
    let size = 14 + 40 + row * u64::from(height);
    let Ok(file_size) = u32::try_from(size) else {
        return ERR_OVERFLOW;
    };
    let header = BmpFileHeader {
        magic: *b"BM",
        file_size: file_size.to_le(), // the format's byte order, whatever the machine's
        reserved: [0, 0],
        pixel_offset: 54u32.to_le(),
    };
    // SAFETY: not NULL; the caller promises 14 writable bytes, and the type's alignment is 1.
    unsafe { out.write(header) };
    0
}
// ANCHOR_END: bmp_file_header

// ANCHOR: bmp_pixel_bytes
/// How many bytes of pixel data (and padding) the header says follow it: `file_size -
/// pixel_offset`. `ERR_NULL` if `header` is NULL, `ERR_INVALID` if the magic is not
/// `BM` or the offset lies past the end.
///
/// # Safety
/// `header` must be NULL or point to 14 readable bytes (any alignment).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn bmp_pixel_bytes(header: *const BmpFileHeader) -> i64 {
    // SAFETY: `as_ref` checks for NULL; the type's alignment is 1, so any address is aligned.
    let Some(header) = (unsafe { header.as_ref() }) else {
        return i64::from(ERR_NULL);
    };
    // Reading a packed field copies it out, which is fine. `&header.file_size` would not
    // compile: a reference must be aligned, and this field is not.
    let size = u32::from_le(header.file_size);
    let offset = u32::from_le(header.pixel_offset);
    if header.magic != *b"BM" || offset > size {
        return i64::from(ERR_INVALID);
    }
    i64::from(size - offset)
}
// ANCHOR_END: bmp_pixel_bytes

// ANCHOR: PaddedCounter
/// A counter alone on a 64-byte cache line, so that threads bumping neighbouring
/// counters do not fight over one line. `align(64)` also makes its size 64.
#[repr(C, align(64))]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaddedCounter {
    pub value: u64,
}
// ANCHOR_END: PaddedCounter

// ANCHOR: padded_counter_add
/// Adds `amount` to `counters[index]`, one of `n`. Returns 0; `ERR_NULL` if `counters`
/// is NULL; `ERR_MISALIGNED` if it is not 64-byte aligned (a `&PaddedCounter` must be);
/// `ERR_OUT_OF_RANGE` unless `index < n`; `ERR_OVERFLOW` if the counter would pass
/// `u64::MAX`.
///
/// # Safety
/// `counters` must be NULL or point to `n` `PaddedCounter`s (64 bytes each).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn padded_counter_add(
    counters: *mut PaddedCounter,
    n: usize,
    index: usize,
    amount: u64,
) -> c_int {
    if counters.is_null() {
        return ERR_NULL;
    }
    if !counters.is_aligned() {
        return ERR_MISALIGNED; // memory from a Python allocator is 16-byte aligned at most
    }
    if index >= n {
        return ERR_OUT_OF_RANGE;
    }
    // SAFETY: aligned, and `index < n` with the caller promising `n` counters.
    let counter = unsafe { &mut *counters.add(index) };
    let Some(value) = counter.value.checked_add(amount) else {
        return ERR_OVERFLOW;
    };
    counter.value = value;
    0
}
// ANCHOR_END: padded_counter_add

// ANCHOR: png_header
/// The bytes `png_header` writes: the 8-byte PNG signature and the 25-byte IHDR chunk.
pub const PNG_HEADER_SIZE: c_int = 33;

/// Writes the start of a PNG file into `out`: the signature, then the IHDR chunk (length,
/// type, width, height, bit depth, colour type, compression, filter and interlace
/// method, CRC-32), every number big-endian, as the PNG specification says. Returns
/// `PNG_HEADER_SIZE`; `ERR_NULL` if `out` is NULL; `ERR_TOO_SMALL` if `capacity` is below
/// it; `ERR_INVALID` for a width or height of 0 or above 2^31 - 1, or a bit depth the
/// colour type does not allow.
///
/// # Safety
/// `out` must be NULL or point to `capacity` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn png_header(
    width: u32,
    height: u32,
    bit_depth: u8,
    color_type: u8,
    out: *mut u8,
    capacity: usize,
) -> c_int {
    if out.is_null() {
        return ERR_NULL;
    }
    if capacity < PNG_HEADER_SIZE as usize {
        return ERR_TOO_SMALL;
    }
    let valid_size = |v: u32| (1..=0x7FFF_FFFF).contains(&v);
    if !valid_size(width) || !valid_size(height) || !valid_depth(color_type, bit_depth) {
        return ERR_INVALID;
    }
    let mut bytes = Vec::with_capacity(PNG_HEADER_SIZE as usize);
    bytes.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    bytes.extend_from_slice(&13u32.to_be_bytes()); // the length of the chunk's data
    bytes.extend_from_slice(b"IHDR");
    bytes.extend_from_slice(&width.to_be_bytes());
    bytes.extend_from_slice(&height.to_be_bytes());
    bytes.extend_from_slice(&[bit_depth, color_type, 0, 0, 0]);
    let crc = crc32(&bytes[12..]); // over the type and the data, not the length
    bytes.extend_from_slice(&crc.to_be_bytes());
    // SAFETY: not NULL, `capacity` >= 33 writable bytes (the caller's promise), and
    // `bytes` is a separate allocation, so the two do not overlap.
    unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), out, bytes.len()) };
    PNG_HEADER_SIZE
}

/// The bit depths the PNG specification allows for each colour type.
fn valid_depth(color_type: u8, bit_depth: u8) -> bool {
    match color_type {
        0 => matches!(bit_depth, 1 | 2 | 4 | 8 | 16), // greyscale
        3 => matches!(bit_depth, 1 | 2 | 4 | 8),      // palette
        2 | 4 | 6 => matches!(bit_depth, 8 | 16),     // RGB, grey + alpha, RGBA
        _ => false,
    }
}

/// CRC-32 as PNG (and zlib, and Python's `zlib.crc32`) computes it, one bit at a time.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let low_bit_set = (crc & 1).wrapping_neg(); // all ones if the low bit is 1
            crc = (crc >> 1) ^ (0xEDB8_8320 & low_bit_set);
        }
    }
    !crc
}
// ANCHOR_END: png_header

// ANCHOR: layout_queries
/// What the three `layout_*` functions return for a NULL or unknown name.
pub const LAYOUT_UNKNOWN: isize = -1;

/// (size, alignment) of each struct of this library, by its C name.
fn type_layout(name: &[u8]) -> Option<(usize, usize)> {
    Some(match name {
        b"Rgb565" => (size_of::<Rgb565>(), align_of::<Rgb565>()),
        b"Range" => (size_of::<Range>(), align_of::<Range>()),
        b"Histogram" => (size_of::<Histogram>(), align_of::<Histogram>()),
        b"BmpFileHeader" => (size_of::<BmpFileHeader>(), align_of::<BmpFileHeader>()),
        b"PaddedCounter" => (size_of::<PaddedCounter>(), align_of::<PaddedCounter>()),
        _ => return None,
    })
}

/// The offset of `field` in `type`; a dotted name reaches into a nested struct.
fn field_offset(ty: &[u8], field: &[u8]) -> Option<usize> {
    Some(match (ty, field) {
        (b"Range", b"lo") => offset_of!(Range, lo),
        (b"Range", b"hi") => offset_of!(Range, hi),
        (b"Histogram", b"label") => offset_of!(Histogram, label),
        (b"Histogram", b"range") => offset_of!(Histogram, range),
        (b"Histogram", b"range.hi") => offset_of!(Histogram, range.hi),
        (b"Histogram", b"counts") => offset_of!(Histogram, counts),
        (b"Histogram", b"total") => offset_of!(Histogram, total),
        (b"BmpFileHeader", b"magic") => offset_of!(BmpFileHeader, magic),
        (b"BmpFileHeader", b"file_size") => offset_of!(BmpFileHeader, file_size),
        (b"BmpFileHeader", b"reserved") => offset_of!(BmpFileHeader, reserved),
        (b"BmpFileHeader", b"pixel_offset") => offset_of!(BmpFileHeader, pixel_offset),
        (b"PaddedCounter", b"value") => offset_of!(PaddedCounter, value),
        _ => return None, // Rgb565's fields are bits, not bytes: they have no offset
    })
}

/// `s` as bytes, or None for NULL.
///
/// # Safety
/// `s` must be NULL or a NUL-terminated string that outlives the returned slice.
unsafe fn name<'a>(s: *const c_char) -> Option<&'a [u8]> {
    // SAFETY: checked for NULL; the caller promises a NUL-terminated string.
    (!s.is_null()).then(|| unsafe { CStr::from_ptr(s) }.to_bytes())
}

/// `sizeof(type_name)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
///
/// # Safety
/// `type_name` must be NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn layout_sizeof(type_name: *const c_char) -> isize {
    // SAFETY: the caller's promise, passed on.
    let ty = unsafe { name(type_name) };
    ty.and_then(type_layout)
        .map_or(LAYOUT_UNKNOWN, |(size, _)| size as isize)
}

/// `alignof(type_name)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
///
/// # Safety
/// `type_name` must be NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn layout_alignof(type_name: *const c_char) -> isize {
    // SAFETY: the caller's promise, passed on.
    let ty = unsafe { name(type_name) };
    ty.and_then(type_layout)
        .map_or(LAYOUT_UNKNOWN, |(_, align)| align as isize)
}

/// `offsetof(type_name, field)` as Rust laid it out, or `LAYOUT_UNKNOWN`.
///
/// # Safety
/// `type_name` and `field` must each be NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn layout_offsetof(type_name: *const c_char, field: *const c_char) -> isize {
    // SAFETY: the caller's promises, passed on.
    let (ty, field) = unsafe { (name(type_name), name(field)) };
    match (ty, field) {
        (Some(ty), Some(field)) => field_offset(ty, field).map_or(LAYOUT_UNKNOWN, |o| o as isize),
        _ => LAYOUT_UNKNOWN,
    }
}
// ANCHOR_END: layout_queries

#[cfg(test)]
mod tests {
    use super::*;
    use core::ptr::{null, null_mut};

    #[test]
    #[allow(clippy::unusual_byte_groupings)] // grouped as the fields are: red, green, blue
    fn rgb565_fields_are_the_bits_c_bit_fields_use() {
        let orange = rgb565_pack(255, 128, 0);
        assert_eq!(orange.0, 0b11111_100000_00000);
        assert_eq!((orange.red(), orange.green(), orange.blue()), (31, 32, 0));
        let mut p = Rgb565(0xFFFF);
        p.set_green(0);
        assert_eq!(p.0, 0b11111_000000_11111);
        // SAFETY: a readable pixel; then NULL, which is refused.
        unsafe {
            assert_eq!(rgb565_to_rgb888(&orange), 0xFF_82_00);
            assert_eq!(rgb565_to_rgb888(&Rgb565(0xFFFF)), 0xFF_FF_FF);
            assert_eq!(rgb565_to_rgb888(null()), RGB888_NULL);
        }
    }

    fn fresh(label: &CStr, lo: f32, hi: f32) -> (c_int, Histogram) {
        let mut h = Histogram {
            label: [1; 6],
            range: Range { lo: 0.0, hi: 0.0 },
            counts: [9; 4],
            total: 9,
        };
        // SAFETY: a writable Histogram and a NUL-terminated label.
        let code = unsafe { histogram_init(&mut h, label.as_ptr(), lo, hi) };
        (code, h)
    }

    #[test]
    fn histogram_init_checks_and_fills() {
        let (code, h) = fresh(c"temp", 0.0, 40.0);
        assert_eq!(code, 0);
        assert_eq!(h.label, [116, 101, 109, 112, 0, 0].map(|b| b as c_char));
        assert_eq!((h.counts, h.total), ([0; 4], 0));
        assert_eq!(fresh(c"toolong", 0.0, 1.0).0, ERR_TOO_SMALL);
        assert_eq!(fresh(c"x", 1.0, 1.0).0, ERR_INVALID);
        assert_eq!(fresh(c"x", f32::NAN, 1.0).0, ERR_INVALID);
        let mut h = fresh(c"x", 0.0, 1.0).1;
        // SAFETY: NULL pointers, refused before anything is read.
        unsafe {
            assert_eq!(
                histogram_init(null_mut(), c"x".as_ptr(), 0.0, 1.0),
                ERR_NULL
            );
            assert_eq!(histogram_init(&mut h, null(), 0.0, 1.0), ERR_NULL);
        }
    }

    #[test]
    fn histogram_add_counts_buckets() {
        let mut h = fresh(c"t", 0.0, 40.0).1;
        let values = [-5.0, 0.0, 9.9, 10.0, 25.0, 39.9, 40.0];
        // SAFETY: a live Histogram and 7 readable f32s; then the NULL cases.
        unsafe {
            assert_eq!(histogram_add(&mut h, values.as_ptr(), values.len()), 0);
            assert_eq!(histogram_add(null_mut(), values.as_ptr(), 1), ERR_NULL);
            assert_eq!(histogram_add(&mut h, null(), 1), ERR_NULL);
            assert_eq!(histogram_add(&mut h, null(), 0), 0);
        }
        assert_eq!((h.counts, h.total), ([2, 1, 1, 1], 7));
        h.range.hi = f32::NAN;
        // SAFETY: as above.
        let code = unsafe { histogram_add(&mut h, values.as_ptr(), 1) };
        assert_eq!(code, ERR_INVALID);
        h.range.hi = 40.0;
        h.counts[0] = u32::MAX;
        // SAFETY: as above; the second value is 0.0, which falls into bucket 0.
        let code = unsafe { histogram_add(&mut h, values.as_ptr().add(1), 1) };
        assert_eq!(code, ERR_OVERFLOW);
        assert_eq!(h.counts[0], u32::MAX, "nothing is written on an error");
    }

    #[test]
    fn bmp_header_is_packed_little_endian() {
        assert_eq!(size_of::<BmpFileHeader>(), 14);
        let mut bytes = [0u8; 15];
        // SAFETY: 14 writable bytes at an odd address: the type's alignment is 1.
        unsafe {
            let at = bytes.as_mut_ptr().add(1).cast::<BmpFileHeader>();
            assert_eq!(bmp_file_header(3, 2, at), 0);
            assert_eq!(bmp_pixel_bytes(at), 24);
            assert_eq!(bmp_file_header(0x10000, 0x10000, at), ERR_OVERFLOW);
            assert_eq!(bmp_file_header(1, 1, null_mut()), ERR_NULL);
            assert_eq!(bmp_pixel_bytes(null()), i64::from(ERR_NULL));
        }
        assert_eq!(&bytes[1..], b"BM\x4e\0\0\0\0\0\0\0\x36\0\0\0");
        bytes[1] = b'X';
        // SAFETY: as above.
        let bad = unsafe { bmp_pixel_bytes(bytes.as_ptr().add(1).cast()) };
        assert_eq!(bad, i64::from(ERR_INVALID));
    }

    #[test]
    fn padded_counter_checks_alignment_and_bounds() {
        let mut counters = [PaddedCounter { value: 0 }; 3];
        let p = counters.as_mut_ptr();
        // SAFETY: 3 aligned counters; a misaligned pointer and NULL are refused unread.
        unsafe {
            assert_eq!(padded_counter_add(p, 3, 1, 5), 0);
            assert_eq!(padded_counter_add(p, 3, 3, 5), ERR_OUT_OF_RANGE);
            assert_eq!(padded_counter_add(p.byte_add(8), 2, 0, 5), ERR_MISALIGNED);
            assert_eq!(padded_counter_add(null_mut(), 3, 0, 5), ERR_NULL);
            assert_eq!(padded_counter_add(p, 3, 1, u64::MAX), ERR_OVERFLOW);
        }
        assert_eq!(counters[1].value, 5);
        assert_eq!(
            (size_of::<PaddedCounter>(), align_of::<PaddedCounter>()),
            (64, 64)
        );
    }

    #[test]
    fn png_header_matches_the_specification() {
        let mut out = [0u8; 40];
        // SAFETY: 40 writable bytes; then too small, NULL and invalid arguments.
        unsafe {
            assert_eq!(png_header(640, 480, 8, 2, out.as_mut_ptr(), 40), 33);
            assert_eq!(
                png_header(640, 480, 8, 2, out.as_mut_ptr(), 32),
                ERR_TOO_SMALL
            );
            assert_eq!(png_header(640, 480, 8, 2, null_mut(), 40), ERR_NULL);
            assert_eq!(png_header(0, 480, 8, 2, out.as_mut_ptr(), 40), ERR_INVALID);
            assert_eq!(
                png_header(640, 480, 4, 2, out.as_mut_ptr(), 40),
                ERR_INVALID
            );
        }
        assert_eq!(&out[..16], b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR");
        assert_eq!(&out[16..24], &[0, 0, 2, 0x80, 0, 0, 1, 0xe0]);
        assert_eq!(crc32(b"IEND"), 0xAE42_6082); // the CRC every PNG file ends with
    }

    #[test]
    fn layout_queries_report_rust_layouts() {
        // SAFETY: NUL-terminated literals, or NULL.
        unsafe {
            assert_eq!(layout_sizeof(c"Histogram".as_ptr()), 40);
            assert_eq!(layout_alignof(c"Histogram".as_ptr()), 8);
            assert_eq!(
                layout_offsetof(c"Histogram".as_ptr(), c"range.hi".as_ptr()),
                12
            );
            assert_eq!(
                layout_offsetof(c"BmpFileHeader".as_ptr(), c"file_size".as_ptr()),
                2
            );
            assert_eq!(layout_sizeof(c"Rgb565".as_ptr()), 2);
            assert_eq!(layout_sizeof(c"Nope".as_ptr()), LAYOUT_UNKNOWN);
            assert_eq!(layout_sizeof(null()), LAYOUT_UNKNOWN);
            assert_eq!(layout_alignof(null()), LAYOUT_UNKNOWN);
            assert_eq!(
                layout_offsetof(c"Rgb565".as_ptr(), c"red".as_ptr()),
                LAYOUT_UNKNOWN
            );
            assert_eq!(layout_offsetof(null(), c"lo".as_ptr()), LAYOUT_UNKNOWN);
            assert_eq!(layout_offsetof(c"Range".as_ptr(), null()), LAYOUT_UNKNOWN);
        }
    }
}
